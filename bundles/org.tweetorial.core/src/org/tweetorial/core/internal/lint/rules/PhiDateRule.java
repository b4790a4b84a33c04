package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: date of an admission, operation, discharge or death. */
public final class PhiDateRule extends PhiRule {

    @Override
    public String id() {
        return "phi-date";
    }

    @Override
    public String description() {
        return "date of an admission, operation, discharge or death";
    }
}
