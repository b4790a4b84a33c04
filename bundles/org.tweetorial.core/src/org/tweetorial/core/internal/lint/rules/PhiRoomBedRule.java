package org.tweetorial.core.internal.lint.rules;

/** Patient identifiers: room or bed number. */
public final class PhiRoomBedRule extends PhiRule {

    @Override
    public String id() {
        return "phi-room-bed";
    }

    @Override
    public String description() {
        return "room or bed number";
    }
}
