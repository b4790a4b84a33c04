package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: number plates and vehicle identification numbers. */
public final class PhiVehicleRule extends PhiRule {

    @Override
    public String id() {
        return "phi-vehicle";
    }

    @Override
    public String description() {
        return "number plates and vehicle identification numbers";
    }
}
