package org.tweetorial.core.internal.lint.rules;

import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/** Room and bed numbers ("bed 12", "room 403B", "bay 4"); off in relaxed mode. */
public final class PhiRoomBedRule extends PhiRule {

    private static final Pattern ROOM = Pattern.compile("(?i)\\b(?:room|rm\\.?|bed|bay|cubicle|side\\s+room)\\s*"
            + "(?:no\\.?|number|#)?\\s*\\d{1,4}[A-Z]?\\b(?!\\s*(?:days?|weeks?|hours?|%|mg|beds?|patients?))");

    @Override
    public String id() {
        return "phi-room-bed";
    }

    @Override
    public String description() {
        return "room or bed number";
    }

    @Override
    void scan(String text, PhiStrictness strictness, Finding finding) {
        if (strictness != PhiStrictness.RELAXED) {
            each(ROOM, text, finding, "a room or bed number locates a patient");
        }
    }
}
