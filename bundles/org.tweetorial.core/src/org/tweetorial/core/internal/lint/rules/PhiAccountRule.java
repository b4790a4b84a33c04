package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: account, billing and payment card numbers. */
public final class PhiAccountRule extends PhiRule {

    @Override
    public String id() {
        return "phi-account";
    }

    @Override
    public String description() {
        return "account, billing and payment card numbers";
    }
}
