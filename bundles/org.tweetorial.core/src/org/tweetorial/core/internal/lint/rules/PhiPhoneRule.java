package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: possible phone or fax number. */
public final class PhiPhoneRule extends PhiRule {

    @Override
    public String id() {
        return "phi-phone";
    }

    @Override
    public String description() {
        return "possible phone or fax number";
    }
}
