package org.tweetorial.core.internal.lint;

import java.util.List;

import org.tweetorial.core.internal.lint.rules.AltFilenameRule;
import org.tweetorial.core.internal.lint.rules.AltMissingRule;
import org.tweetorial.core.internal.lint.rules.AltPlaceholderRule;
import org.tweetorial.core.internal.lint.rules.AltTooLongRule;
import org.tweetorial.core.internal.lint.rules.CreditMissingRule;
import org.tweetorial.core.internal.lint.rules.FancyUnicodeRule;
import org.tweetorial.core.internal.lint.rules.SpellingRule;
import org.tweetorial.core.internal.lint.rules.HashtagCountRule;
import org.tweetorial.core.internal.lint.rules.HashtagMalformedRule;
import org.tweetorial.core.internal.lint.rules.HttpLinkRule;
import org.tweetorial.core.internal.lint.rules.ImageMissingRule;
import org.tweetorial.core.internal.lint.rules.ImageTooLargeRule;
import org.tweetorial.core.internal.lint.rules.ImageTooManyRule;
import org.tweetorial.core.internal.lint.rules.ImageTypeRule;
import org.tweetorial.core.internal.lint.rules.LinkNotLinkifiedRule;
import org.tweetorial.core.internal.lint.rules.MentionMalformedRule;
import org.tweetorial.core.internal.lint.rules.PhiAccountRule;
import org.tweetorial.core.internal.lint.rules.PhiAgeRule;
import org.tweetorial.core.internal.lint.rules.PhiBiometricRule;
import org.tweetorial.core.internal.lint.rules.PhiDateRule;
import org.tweetorial.core.internal.lint.rules.PhiDateAgeRule;
import org.tweetorial.core.internal.lint.rules.PhiDeviceRule;
import org.tweetorial.core.internal.lint.rules.PhiDobRule;
import org.tweetorial.core.internal.lint.rules.PhiEmailRule;
import org.tweetorial.core.internal.lint.rules.PhiGeoRule;
import org.tweetorial.core.internal.lint.rules.PhiHealthPlanRule;
import org.tweetorial.core.internal.lint.rules.PhiInitialsAgeSexRule;
import org.tweetorial.core.internal.lint.rules.PhiIpRule;
import org.tweetorial.core.internal.lint.rules.PhiLicenceRule;
import org.tweetorial.core.internal.lint.rules.PhiMrnRule;
import org.tweetorial.core.internal.lint.rules.PhiNameRule;
import org.tweetorial.core.internal.lint.rules.PhiNationalIdRule;
import org.tweetorial.core.internal.lint.rules.PhiPhoneRule;
import org.tweetorial.core.internal.lint.rules.PhiPhotoRule;
import org.tweetorial.core.internal.lint.rules.PhiRoomBedRule;
import org.tweetorial.core.internal.lint.rules.PhiUniqueRule;
import org.tweetorial.core.internal.lint.rules.PhiUrlRule;
import org.tweetorial.core.internal.lint.rules.PhiVehicleRule;
import org.tweetorial.core.internal.lint.rules.PostEmptyRule;
import org.tweetorial.core.internal.lint.rules.PostTooLongRule;
import org.tweetorial.core.internal.lint.rules.ThemeUnknownRule;
import org.tweetorial.core.internal.lint.rules.ThreadTooLongRule;
import org.tweetorial.core.lint.LintRule;

/** The one list of built-in rules. To add a rule, write its class and add it here. */
public final class BuiltinRules {

    private static final List<LintRule> RULES = List.of(
            new PostTooLongRule(), new PostEmptyRule(), new ThreadTooLongRule(),
            new ImageMissingRule(), new ImageTypeRule(), new ImageTooLargeRule(), new ImageTooManyRule(),
            new AltMissingRule(), new AltPlaceholderRule(), new AltTooLongRule(), new AltFilenameRule(),
            new PhiNameRule(), new PhiInitialsAgeSexRule(), new PhiGeoRule(), new PhiDobRule(), new PhiDateRule(),
            new PhiDateAgeRule(), new PhiAgeRule(), new PhiPhoneRule(), new PhiEmailRule(), new PhiNationalIdRule(),
            new PhiMrnRule(), new PhiHealthPlanRule(), new PhiAccountRule(), new PhiLicenceRule(),
            new PhiVehicleRule(), new PhiDeviceRule(), new PhiUrlRule(), new PhiIpRule(), new PhiBiometricRule(),
            new PhiPhotoRule(), new PhiRoomBedRule(), new PhiUniqueRule(),
            new FancyUnicodeRule(), new HashtagCountRule(), new HashtagMalformedRule(), new MentionMalformedRule(),
            new HttpLinkRule(), new LinkNotLinkifiedRule(), new CreditMissingRule(), new ThemeUnknownRule(),
            new SpellingRule());

    private BuiltinRules() {
    }

    public static List<LintRule> all() {
        return RULES;
    }
}
