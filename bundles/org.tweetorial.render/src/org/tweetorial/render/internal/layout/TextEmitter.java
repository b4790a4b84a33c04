package org.tweetorial.render.internal.layout;

import java.util.Optional;

import org.tweetorial.render.internal.emoji.EmojiImages;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextMeasurer;
import org.w3c.dom.Element;

/**
 * Writes fitted text as positioned SVG {@code <text>} lines (SVG 1.1 does not wrap). Lines with emoji are split
 * into text runs and nested Twemoji {@code <svg>} images placed from the measured advances; right-to-left
 * paragraphs get {@code direction="rtl"} and {@code unicode-bidi="embed"} so Batik applies the bidi algorithm.
 * A start-aligned line that opens with a quotation mark hangs the mark in the margin.
 */
final class TextEmitter {

    private final SvgCanvas canvas;
    private final TextMeasurer measurer;
    private final EmojiImages emoji;
    private final String fontFamily;

    TextEmitter(SvgCanvas canvas, TextMeasurer measurer, EmojiImages emoji) {
        this.canvas = canvas;
        this.measurer = measurer;
        this.emoji = emoji;
        this.fontFamily = measurer.fonts().cssFamilyList();
    }

    /**
     * Emits a block whose top edge is at {@code top}, inside the horizontal span [x, x + width].
     *
     * @return the block height
     */
    double emit(Element parent, FittedText text, double x, double top, double width, TextAlign align, String fill,
            String cssClass) {
        if (text.lines().isEmpty()) {
            return 0;
        }
        Element g = canvas.element(parent, "g", "class", cssClass, "fill", fill, "font-family", fontFamily,
                "font-size", SvgCanvas.num(text.fontSize()), "font-weight", text.bold() ? "bold" : "normal");
        double baseline = top + text.ascent();
        for (FittedText.Line line : text.lines()) {
            double left = lineLeft(text, line, x, width, align);
            if (line.hasEmoji()) {
                emitPieces(g, text, line, left, baseline);
            } else if (text.rtl()) {
                Element t = canvas.element(g, "text", "x", SvgCanvas.num(left + line.width() / 2), "y",
                        SvgCanvas.num(baseline), "text-anchor", "middle", "direction", "rtl",
                        "unicode-bidi", "embed");
                t.setTextContent(line.text().strip());
            } else {
                emitAnchored(g, line, x - hang(text, line, align), width, align, baseline);
            }
            baseline += text.lineAdvance();
        }
        return text.height();
    }

    /** A left-to-right line without emoji, anchored at the start, middle or end of the span. */
    private void emitAnchored(Element g, FittedText.Line line, double x, double width, TextAlign align,
            double baseline) {
        String anchor = switch (align) {
            case CENTER -> "middle";
            case END -> "end";
            default -> null;
        };
        double ax = switch (align) {
            case CENTER -> x + width / 2;
            case END -> x + width;
            default -> x;
        };
        Element t = canvas.element(g, "text", "x", SvgCanvas.num(ax), "y", SvgCanvas.num(baseline), "text-anchor",
                anchor);
        t.setTextContent(line.text().strip());
    }

    /**
     * How far a start-aligned left-to-right line that opens with a quotation mark moves left, so that the mark hangs
     * in the margin and the letters stay aligned with the lines below.
     */
    private double hang(FittedText text, FittedText.Line line, TextAlign align) {
        String t = line.text();
        if (align != TextAlign.START || text.rtl() || t.length() < 2) {
            return 0;
        }
        int first = t.codePointAt(0);
        if (!Character.isLetterOrDigit(t.codePointAt(Character.charCount(first)))) {
            return 0; // a decorative mark on its own, or a mark before a space
        }
        boolean opening = Character.getType(first) == Character.INITIAL_QUOTE_PUNCTUATION || first == '"'
                || first == '\u201E' || first == '\'';
        if (!opening) {
            return 0;
        }
        return measurer.unitWidth(Character.toString(first), text.bold()) * text.fontSize();
    }

    private static double lineLeft(FittedText text, FittedText.Line line, double x, double width, TextAlign align) {
        boolean startIsLeft = !text.rtl();
        return switch (align) {
            case CENTER -> x + (width - line.width()) / 2;
            case START -> startIsLeft ? x : x + width - line.width();
            case END -> startIsLeft ? x + width - line.width() : x;
        };
    }

    private void emitPieces(Element g, FittedText text, FittedText.Line line, double left, double baseline) {
        double size = text.fontSize();
        double cursor = text.rtl() ? left + line.width() : left;
        for (FittedText.Piece piece : line.pieces()) {
            double pieceLeft = text.rtl() ? cursor - piece.width() : cursor;
            cursor = text.rtl() ? pieceLeft : cursor + piece.width();
            String trimmed = piece.text().strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            double leading = measurer.unitWidth(leadingSpaces(piece.text()), text.bold()) * size;
            if (piece.emoji()) {
                double imgLeft = pieceLeft + (text.rtl() ? 0 : leading)
                        + (TextMeasurer.EMOJI_ADVANCE - 1) / 2 * size;
                emitEmoji(g, trimmed, imgLeft, baseline - 0.84 * size, size);
            } else {
                double w = measurer.unitWidth(trimmed, text.bold()) * size;
                double center = text.rtl() ? pieceLeft + w / 2 + (piece.width() - leading - w)
                        : pieceLeft + leading + w / 2;
                Element t = canvas.element(g, "text", "x", SvgCanvas.num(center), "y", SvgCanvas.num(baseline),
                        "text-anchor", "middle", "direction", text.rtl() ? "rtl" : null,
                        "unicode-bidi", text.rtl() ? "embed" : null);
                t.setTextContent(trimmed);
            }
        }
    }

    private static String leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(0, i);
    }

    void emitEmoji(Element parent, String grapheme, double x, double y, double size) {
        Optional<Element> src = emoji.svg(grapheme);
        if (src.isEmpty()) {
            return;
        }
        Element source = src.get();
        Element svg = canvas.element(parent, "svg", "x", SvgCanvas.num(x), "y", SvgCanvas.num(y), "width",
                SvgCanvas.num(size), "height", SvgCanvas.num(size), "viewBox",
                source.hasAttribute("viewBox") ? source.getAttribute("viewBox") : "0 0 36 36",
                "class", "emoji");
        for (org.w3c.dom.Node c = source.getFirstChild(); c != null; c = c.getNextSibling()) {
            svg.appendChild(canvas.document().importNode(c, true));
        }
    }
}
