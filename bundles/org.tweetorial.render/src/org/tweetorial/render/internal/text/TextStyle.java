package org.tweetorial.render.internal.text;

/**
 * How a block of text may be fitted.
 *
 * @param bold       bold face
 * @param maxSize    preferred (largest) font size in pixels
 * @param minSize    smallest size the text may shrink to before it is ellipsised
 * @param lineHeight line advance as a multiple of the font size
 * @param maxLines   most lines allowed, 0 for no limit
 */
public record TextStyle(boolean bold, double maxSize, double minSize, double lineHeight, int maxLines) {

    public TextStyle {
        if (minSize <= 0 || maxSize < minSize) {
            maxSize = Math.max(maxSize, minSize);
        }
    }

    public TextStyle withMaxLines(int lines) {
        return new TextStyle(bold, maxSize, minSize, lineHeight, lines);
    }

    public TextStyle withSizes(double max, double min) {
        return new TextStyle(bold, max, Math.min(min, max), lineHeight, maxLines);
    }
}
