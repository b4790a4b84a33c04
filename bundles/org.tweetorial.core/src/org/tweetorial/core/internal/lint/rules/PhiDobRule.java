package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: possible date of birth. */
public final class PhiDobRule extends PhiRule {

    @Override
    public String id() {
        return "phi-dob";
    }

    @Override
    public String description() {
        return "possible date of birth";
    }
}
