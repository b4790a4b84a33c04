package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: device serial numbers and identifiers. */
public final class PhiDeviceRule extends PhiRule {

    @Override
    public String id() {
        return "phi-device";
    }

    @Override
    public String description() {
        return "device serial numbers and identifiers";
    }
}
