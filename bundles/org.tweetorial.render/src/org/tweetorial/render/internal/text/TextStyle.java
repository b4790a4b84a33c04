package org.tweetorial.render.internal.text;

/**
 * How a block of text may be fitted.
 *
 * @param bold       bold face
 * @param maxSize    preferred (largest) font size in pixels
 * @param minSize    smallest size the text may shrink to before it is ellipsised
 * @param lineHeight line advance as a multiple of the font size
 * @param maxLines   most lines allowed, 0 for no limit
 * @param wrap       how lines are chosen once the size is known
 */
public record TextStyle(boolean bold, double maxSize, double minSize, double lineHeight, int maxLines, Wrap wrap) {

    /** How a paragraph is broken into lines at a given size. */
    public enum Wrap {
        /** As many words as fit on each line. */
        GREEDY,
        /** Same number of lines as greedy, with lengths as even as possible (CSS {@code text-wrap: balance}). */
        BALANCED,
        /** Greedy, but a last line of one word takes a second word from the line above where that fits. */
        PRETTY
    }

    public TextStyle {
        if (minSize <= 0 || maxSize < minSize) {
            maxSize = Math.max(maxSize, minSize);
        }
        if (wrap == null) {
            wrap = Wrap.GREEDY;
        }
    }

    public TextStyle(boolean bold, double maxSize, double minSize, double lineHeight, int maxLines) {
        this(bold, maxSize, minSize, lineHeight, maxLines, Wrap.GREEDY);
    }

    public TextStyle withMaxLines(int lines) {
        return new TextStyle(bold, maxSize, minSize, lineHeight, lines, wrap);
    }

    public TextStyle withSizes(double max, double min) {
        return new TextStyle(bold, max, Math.min(min, max), lineHeight, maxLines, wrap);
    }

    public TextStyle withWrap(Wrap value) {
        return new TextStyle(bold, maxSize, minSize, lineHeight, maxLines, value);
    }
}
