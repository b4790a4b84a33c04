package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: possible medical record number. */
public final class PhiMrnRule extends PhiRule {

    @Override
    public String id() {
        return "phi-mrn";
    }

    @Override
    public String description() {
        return "possible medical record number";
    }
}
