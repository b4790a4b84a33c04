package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: names of patients and relatives. */
public final class PhiNameRule extends PhiRule {

    @Override
    public String id() {
        return "phi-name";
    }

    @Override
    public String description() {
        return "names of patients and relatives";
    }
}
