package org.tweetorial.render.internal.text;

import java.util.List;

/**
 * A paragraph broken into lines at a chosen size.
 *
 * @param fontSize   chosen size in pixels
 * @param lineAdvance distance between baselines
 * @param ascent     distance from the block top to the first baseline
 * @param descent    distance from the last baseline to the block bottom
 * @param lines      lines in logical order, top to bottom
 * @param rtl        paragraph base direction is right-to-left
 * @param bold       bold face
 * @param truncated  text was cut and ellipsised
 */
public record FittedText(double fontSize, double lineAdvance, double ascent, double descent, List<Line> lines,
        boolean rtl, boolean bold, boolean truncated) {

    /** One line; pieces are text runs and emoji clusters in logical order. */
    public record Line(String text, List<Piece> pieces, double width) {
        public boolean hasEmoji() {
            for (Piece p : pieces) {
                if (p.emoji()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A text run or a single emoji grapheme, with its advance in pixels. */
    public record Piece(String text, boolean emoji, double width) {
    }

    public double height() {
        return lines.isEmpty() ? 0 : ascent + descent + lineAdvance * (lines.size() - 1);
    }

    public double maxLineWidth() {
        double w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(l.text());
        }
        return sb.toString();
    }
}
