package org.tweetorial.core.internal.lint.rules;

import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/** Dates of birth: a full date after a DOB label. */
public final class PhiDobRule extends PhiRule {

    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth"
            + "|birth\\s*date|born(?:\\s+on)?)\\s*[:\\-]?\\s*" + DATE);

    @Override
    public String id() {
        return "phi-dob";
    }

    @Override
    public String description() {
        return "possible date of birth";
    }

    @Override
    void scan(String text, PhiStrictness strictness, Finding finding) {
        each(LABELLED, text, finding, "a full date labelled as date of birth");
    }
}
