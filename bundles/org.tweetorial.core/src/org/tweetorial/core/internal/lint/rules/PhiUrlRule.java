package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: personal web pages and handles of patients or relatives. */
public final class PhiUrlRule extends PhiRule {

    @Override
    public String id() {
        return "phi-url";
    }

    @Override
    public String description() {
        return "personal web pages and handles of patients or relatives";
    }
}
