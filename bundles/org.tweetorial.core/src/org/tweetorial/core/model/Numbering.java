package org.tweetorial.core.model;

import java.util.Optional;

/**
 * How posts are numbered: a pattern with {@code {n}} (this post) and {@code {N}} (thread length), placed at the
 * start or the end of each post. The empty pattern means no numbering.
 */
public record Numbering(String pattern, Position position) {

    public enum Position { START, END }

    public static final Numbering NONE = new Numbering("", Position.START);

    /** Accepts {@code none}, {@code n/}, {@code n/N} or a pattern holding {@code {n}}; empty when invalid. */
    public static Optional<Numbering> parse(String spec, Position position) {
        String s = spec.strip();
        return switch (s) {
            case "none", "off", "false", "" -> Optional.of(new Numbering("", position));
            case "n/" -> Optional.of(new Numbering("{n}/", position));
            case "n/N" -> Optional.of(counted(position));
            default -> s.contains("{n}") ? Optional.of(new Numbering(s, position)) : Optional.empty();
        };
    }

    /** {@code n/N}: "1/12", the default. */
    public static Numbering counted(Position position) {
        return new Numbering("{n}/{N}", position);
    }

    public boolean isNone() {
        return pattern.isEmpty();
    }

    public String label(int n, int total) {
        return pattern.replace("{n}", Integer.toString(n)).replace("{N}", Integer.toString(total));
    }

    /** Adds the label to a post's text, exactly as it will be posted. */
    public String apply(String text, int n, int total) {
        if (isNone()) {
            return text;
        }
        String label = label(n, total);
        if (text.isEmpty()) {
            return label;
        }
        return position == Position.START ? label + " " + text : text + "\n\n" + label;
    }
}
