package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: photos of a patient's face. */
public final class PhiPhotoRule extends PhiRule {

    @Override
    public String id() {
        return "phi-photo";
    }

    @Override
    public String description() {
        return "photos of a patient's face";
    }
}
