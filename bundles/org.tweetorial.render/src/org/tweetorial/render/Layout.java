package org.tweetorial.render;

import java.util.Locale;
import java.util.Optional;

/** The slide layouts a card can use. */
public enum Layout {
    TITLE("title"),
    KEY_POINT("key-point"),
    STAT("stat"),
    LIST("list"),
    IMAGE("image"),
    QUOTE("quote"),
    COMPARISON("comparison"),
    VISUAL_ABSTRACT("visual-abstract"),
    REFERENCES("references"),
    CLOSING("closing");

    private final String id;

    Layout(String id) {
        this.id = id;
    }

    /** The identifier used in card directives and file names, e.g. {@code key-point}. */
    public String id() {
        return id;
    }

    /** Parses an identifier; accepts {@code key-point}, {@code key_point}, {@code keypoint} case-insensitively. */
    public static Optional<Layout> fromId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Layout layout : values()) {
            if (layout.id.equals(norm) || layout.id.replace("-", "").equals(norm.replace("-", ""))) {
                return Optional.of(layout);
            }
        }
        if (norm.equals("key") || norm.equals("point")) {
            return Optional.of(KEY_POINT);
        }
        if (norm.equals("abstract") || norm.equals("va")) {
            return Optional.of(VISUAL_ABSTRACT);
        }
        return Optional.empty();
    }
}
