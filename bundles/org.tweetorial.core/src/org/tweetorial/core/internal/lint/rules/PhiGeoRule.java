package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: addresses, postcodes and places smaller than a state. */
public final class PhiGeoRule extends PhiRule {

    @Override
    public String id() {
        return "phi-geo";
    }

    @Override
    public String description() {
        return "addresses, postcodes and places smaller than a state";
    }
}
