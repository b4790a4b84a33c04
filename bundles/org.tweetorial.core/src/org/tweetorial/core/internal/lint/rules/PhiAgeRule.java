package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: ages over 89. */
public final class PhiAgeRule extends PhiRule {

    @Override
    public String id() {
        return "phi-age";
    }

    @Override
    public String description() {
        return "ages over 89";
    }
}
