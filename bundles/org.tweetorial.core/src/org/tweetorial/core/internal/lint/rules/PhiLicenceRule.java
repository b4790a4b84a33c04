package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: certificate and licence numbers. */
public final class PhiLicenceRule extends PhiRule {

    @Override
    public String id() {
        return "phi-licence";
    }

    @Override
    public String description() {
        return "certificate and licence numbers";
    }
}
