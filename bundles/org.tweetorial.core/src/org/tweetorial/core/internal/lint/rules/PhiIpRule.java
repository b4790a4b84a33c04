package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: IP addresses. */
public final class PhiIpRule extends PhiRule {

    @Override
    public String id() {
        return "phi-ip";
    }

    @Override
    public String description() {
        return "IP addresses";
    }
}
