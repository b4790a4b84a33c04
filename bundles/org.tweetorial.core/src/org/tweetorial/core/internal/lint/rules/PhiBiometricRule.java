package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: biometrics of a person. */
public final class PhiBiometricRule extends PhiRule {

    @Override
    public String id() {
        return "phi-biometric";
    }

    @Override
    public String description() {
        return "biometrics of a person";
    }
}
