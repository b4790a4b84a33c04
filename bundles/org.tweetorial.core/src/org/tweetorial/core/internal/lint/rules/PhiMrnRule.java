package org.tweetorial.core.internal.lint.rules;

import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/** Medical record numbers: a number after an MRN-like label; in strict mode also any bare 7-10 digit number. */
public final class PhiMrnRule extends PhiRule {

    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(?:MRN|MR#|medical\\s+record(?:\\s+(?:number|no\\.?"
            + "|#))?|hospital\\s+(?:number|no\\.?|#)|patient\\s+(?:id|number|no\\.?|#)|chart\\s+(?:number|no\\.?|#)"
            + "|NHI|CHI|UR\\s*(?:number|no\\.?)|unit\\s+number)\\s*[:#]?\\s*(?:is\\s+)?[A-Z]{0,3}\\d[\\d-]{4,14}\\b");
    private static final Pattern BARE = Pattern.compile("(?<![\\d.,/:-])\\d{7,10}(?![\\d.,/%-])");

    @Override
    public String id() {
        return "phi-mrn";
    }

    @Override
    public String description() {
        return "possible medical record number";
    }

    @Override
    void scan(String text, PhiStrictness strictness, Finding finding) {
        each(LABELLED, text, finding, "a number labelled as a medical record/patient number");
        if (strictness == PhiStrictness.STRICT) {
            each(BARE, text, finding, "a bare 7-10 digit number can be a record number (strict mode)");
        }
    }
}
