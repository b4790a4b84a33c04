package org.tweetorial.core.internal.lint;

import java.util.List;

import org.tweetorial.core.internal.lint.rules.AltFilenameRule;
import org.tweetorial.core.internal.lint.rules.AltMissingRule;
import org.tweetorial.core.internal.lint.rules.AltPlaceholderRule;
import org.tweetorial.core.internal.lint.rules.AltTooLongRule;
import org.tweetorial.core.internal.lint.rules.CreditMissingRule;
import org.tweetorial.core.internal.lint.rules.FancyUnicodeRule;
import org.tweetorial.core.internal.lint.rules.HashtagCountRule;
import org.tweetorial.core.internal.lint.rules.HashtagMalformedRule;
import org.tweetorial.core.internal.lint.rules.HttpLinkRule;
import org.tweetorial.core.internal.lint.rules.ImageMissingRule;
import org.tweetorial.core.internal.lint.rules.ImageTooLargeRule;
import org.tweetorial.core.internal.lint.rules.ImageTooManyRule;
import org.tweetorial.core.internal.lint.rules.ImageTypeRule;
import org.tweetorial.core.internal.lint.rules.LinkNotLinkifiedRule;
import org.tweetorial.core.internal.lint.rules.MentionMalformedRule;
import org.tweetorial.core.internal.lint.rules.PhiDateAgeRule;
import org.tweetorial.core.internal.lint.rules.PhiDobRule;
import org.tweetorial.core.internal.lint.rules.PhiEmailRule;
import org.tweetorial.core.internal.lint.rules.PhiInitialsAgeSexRule;
import org.tweetorial.core.internal.lint.rules.PhiMrnRule;
import org.tweetorial.core.internal.lint.rules.PhiNationalIdRule;
import org.tweetorial.core.internal.lint.rules.PhiPhoneRule;
import org.tweetorial.core.internal.lint.rules.PhiRoomBedRule;
import org.tweetorial.core.internal.lint.rules.PostEmptyRule;
import org.tweetorial.core.internal.lint.rules.PostTooLongRule;
import org.tweetorial.core.internal.lint.rules.ThreadTooLongRule;
import org.tweetorial.core.lint.LintRule;

/** The one list of built-in rules. To add a rule, write its class and add it here. */
public final class BuiltinRules {

    private static final List<LintRule> RULES = List.of(
            new PostTooLongRule(), new PostEmptyRule(), new ThreadTooLongRule(),
            new ImageMissingRule(), new ImageTypeRule(), new ImageTooLargeRule(), new ImageTooManyRule(),
            new AltMissingRule(), new AltPlaceholderRule(), new AltTooLongRule(), new AltFilenameRule(),
            new PhiMrnRule(), new PhiDobRule(), new PhiPhoneRule(), new PhiEmailRule(), new PhiNationalIdRule(),
            new PhiDateAgeRule(), new PhiInitialsAgeSexRule(), new PhiRoomBedRule(),
            new FancyUnicodeRule(), new HashtagCountRule(), new HashtagMalformedRule(), new MentionMalformedRule(),
            new HttpLinkRule(), new LinkNotLinkifiedRule(), new CreditMissingRule());

    private BuiltinRules() {
    }

    public static List<LintRule> all() {
        return RULES;
    }
}
