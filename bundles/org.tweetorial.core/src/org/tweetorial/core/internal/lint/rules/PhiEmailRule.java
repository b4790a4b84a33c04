package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: e-mail address. */
public final class PhiEmailRule extends PhiRule {

    @Override
    public String id() {
        return "phi-email";
    }

    @Override
    public String description() {
        return "e-mail address";
    }
}
