package org.tweetorial.export.internal.pdf;

import java.util.Locale;

import org.tweetorial.render.BundledFonts;

/**
 * A piece of a line drawn one way: text in one bundled font, an emoji image, or a visible stand-in for a character
 * no bundled font or emoji image has.
 *
 * @param text  the characters (for an emoji: the grapheme; for a missing character: the character itself)
 * @param font  the font, null for an emoji
 * @param width width in points at the style's size
 */
public record Segment(Kind kind, String text, BundledFonts.Face font, float width) {

    /** How a segment is drawn. */
    public enum Kind { TEXT, EMOJI, MISSING }

    /** What a missing character is drawn as: its code point, so the reader sees something was there. */
    public static String missingLabel(String text) {
        StringBuilder sb = new StringBuilder("[");
        text.codePoints().forEach(cp -> sb.append(sb.length() > 1 ? " " : "")
                .append(String.format(Locale.ROOT, "U+%04X", cp)));
        return sb.append(']').toString();
    }
}
