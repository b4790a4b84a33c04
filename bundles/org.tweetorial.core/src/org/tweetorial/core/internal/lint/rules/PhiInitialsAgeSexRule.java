package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: patient initials with age and sex. */
public final class PhiInitialsAgeSexRule extends PhiRule {

    @Override
    public String id() {
        return "phi-initials-age-sex";
    }

    @Override
    public String description() {
        return "patient initials with age and sex";
    }
}
