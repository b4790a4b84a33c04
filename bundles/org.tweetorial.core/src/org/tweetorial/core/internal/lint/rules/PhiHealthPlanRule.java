package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: health plan and insurance member numbers. */
public final class PhiHealthPlanRule extends PhiRule {

    @Override
    public String id() {
        return "phi-health-plan";
    }

    @Override
    public String description() {
        return "health plan and insurance member numbers";
    }
}
