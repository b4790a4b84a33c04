package org.tweetorial.export.internal.pdf;

import java.awt.Color;

/**
 * How a run of text looks.
 *
 * @param size    font size in points
 * @param leading distance between baselines in points
 */
public record TextStyle(float size, boolean bold, Color color, float leading) {

    public static TextStyle of(float size, boolean bold, Color color) {
        return new TextStyle(size, bold, color, size * 1.42f);
    }

    public TextStyle withColor(Color value) {
        return new TextStyle(size, bold, value, leading);
    }

    public TextStyle withLeading(float value) {
        return new TextStyle(size, bold, color, value);
    }

    /** Distance from the top of a line box to its baseline. */
    public float ascent() {
        return size * 0.93f + (leading - size * 1.2f) / 2f;
    }
}
