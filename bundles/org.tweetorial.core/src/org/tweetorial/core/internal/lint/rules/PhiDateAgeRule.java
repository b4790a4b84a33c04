package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: full date next to an age. */
public final class PhiDateAgeRule extends PhiRule {

    @Override
    public String id() {
        return "phi-date-age";
    }

    @Override
    public String description() {
        return "full date next to an age";
    }
}
