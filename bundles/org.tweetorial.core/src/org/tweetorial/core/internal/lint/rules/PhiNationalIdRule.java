package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: national id numbers (US SSN, UK NHS and NI, CHI, EU ids). */
public final class PhiNationalIdRule extends PhiRule {

    @Override
    public String id() {
        return "phi-national-id";
    }

    @Override
    public String description() {
        return "national id numbers (US SSN, UK NHS and NI, CHI, EU ids)";
    }
}
