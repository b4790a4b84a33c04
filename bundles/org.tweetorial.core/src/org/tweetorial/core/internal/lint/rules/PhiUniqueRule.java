package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: unique characteristics or combinations. */
public final class PhiUniqueRule extends PhiRule {

    @Override
    public String id() {
        return "phi-unique";
    }

    @Override
    public String description() {
        return "unique characteristics or combinations";
    }
}
