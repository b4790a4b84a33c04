package org.tweetorial.export.internal.pdf;

import java.util.Locale;

import org.tweetorial.render.BundledFonts;

/**
 * A piece of a line drawn one way: text in one bundled font, an emoji image, or a visible stand-in for a character
 * no bundled font or emoji image has.
 *
 * @param text   what is drawn, in logical order: for text, the characters after Arabic shaping (presentation
 *               forms); for an emoji, the grapheme; for a missing character, the character itself
 * @param font   the font, null for an emoji
 * @param width  width in points at the style's size
 * @param source the text as written, which the PDF's text layer must give back when it differs from {@code text}
 * @param rtl    the text is right-to-left letters (Arabic, Hebrew), drawn reversed when its bidi level is odd
 */
public record Segment(Kind kind, String text, BundledFonts.Face font, float width, String source, boolean rtl) {

    /** How a segment is drawn. */
    public enum Kind { TEXT, EMOJI, MISSING }

    /** A left-to-right segment drawn as written. */
    public Segment(Kind kind, String text, BundledFonts.Face font, float width) {
        this(kind, text, font, width, text, false);
    }

    /** What a missing character is drawn as: its code point, so the reader sees something was there. */
    public static String missingLabel(String text) {
        StringBuilder sb = new StringBuilder("[");
        text.codePoints().forEach(cp -> sb.append(sb.length() > 1 ? " " : "")
                .append(String.format(Locale.ROOT, "U+%04X", cp)));
        return sb.append(']').toString();
    }
}
