package org.tweetorial.core.internal.lint.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/** A full date close to an age ("45-year-old ... admitted on 3 March 2024"); strict mode: any full date. */
public final class PhiDateAgeRule extends PhiRule {

    private static final Pattern FULL_DATE = Pattern.compile("(?i)" + DATE);
    private static final Pattern AGE_PATTERN = Pattern.compile(AGE, Pattern.CASE_INSENSITIVE);
    private static final int NEAR = 120;

    @Override
    public String id() {
        return "phi-date-age";
    }

    @Override
    public String description() {
        return "full date next to an age";
    }

    @Override
    void scan(String text, PhiStrictness strictness, Finding finding) {
        Matcher m = FULL_DATE.matcher(text);
        while (m.find()) {
            if (!plausibleDate(m.group())) {
                continue;
            }
            String around = text.substring(Math.max(0, m.start() - NEAR), Math.min(text.length(), m.end() + NEAR));
            if (AGE_PATTERN.matcher(around).find()) {
                finding.at(m.start(), m.end(), "a full date next to an age can identify the patient (keep only "
                        + "the year or a relative time like 'day 3')");
            } else if (strictness == PhiStrictness.STRICT) {
                finding.at(m.start(), m.end(), "a full date can identify a patient (strict mode)");
            }
        }
    }
}
