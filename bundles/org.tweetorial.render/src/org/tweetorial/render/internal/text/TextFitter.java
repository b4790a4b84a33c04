package org.tweetorial.render.internal.text;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tweetorial.core.text.Graphemes;
import org.tweetorial.core.text.TextSegmenter;

/**
 * Breaks text into lines with real font metrics: wraps at line-break opportunities (UAX #14, tailored by the
 * thread's language, through {@link TextSegmenter#wrapPoints}), splits an over-long word only between grapheme
 * clusters, shrinks the font step by step down to the style's minimum size and, as a last resort, cuts the text and
 * ends it with an ellipsis. Headlines can be balanced and body text kept from ending on a lone word (see
 * {@link TextStyle.Wrap}). The result never exceeds the box it was fitted to. Confined to one thread.
 */
public final class TextFitter {

    /** Keeps a little slack for differences between AWT's and Batik's glyph layout. */
    static final double WIDTH_SAFETY = 0.97;
    private static final double STEP = 0.94;
    private static final String ELLIPSIS = "\u2026";

    /** Narrowest box a balanced paragraph is tried in, as a share of the full width. */
    private static final double BALANCE_FLOOR = 0.5;
    private static final int BALANCE_STEPS = 10;
    /** Narrowest box tried to give a one-word last line a companion, as a share of the full width. */
    private static final double PRETTY_FLOOR = 0.8;
    private static final int PRETTY_STEPS = 8;

    private final TextMeasurer measurer;
    private final java.util.Set<String> unsupported = new java.util.LinkedHashSet<>();
    private final Map<String, TextSegmenter> segmenters = new HashMap<>();
    private TextSegmenter segmenter;

    public TextFitter(TextMeasurer measurer) {
        this.measurer = measurer;
        useLanguage(null);
    }

    /**
     * Wraps with the line-break rules of a language (the front matter's {@code language}; null for the untailored
     * rules). Each language's segmenter is made once and reused for every paragraph of every card.
     */
    public void useLanguage(String languageTag) {
        String key = languageTag == null ? "" : languageTag.strip().toLowerCase(Locale.ROOT);
        segmenter = segmenters.computeIfAbsent(key, TextSegmenter::forLanguage);
    }

    /** Graphemes replaced since the last call because no bundled font or emoji image can draw them. */
    public List<String> drainUnsupported() {
        List<String> out = List.copyOf(unsupported);
        unsupported.clear();
        return out;
    }

    public TextMeasurer measurer() {
        return measurer;
    }

    /** Fits one paragraph into a box. */
    public FittedText fit(String text, TextStyle style, double maxWidth, double maxHeight) {
        return fitAll(List.of(text), style, maxWidth, maxHeight, 0).get(0);
    }

    /**
     * Fits several paragraphs stacked vertically with {@code gapEm} (times the font size) between them, all at one
     * common size, into one box.
     */
    public List<FittedText> fitAll(List<String> paragraphs, TextStyle style, double maxWidth, double maxHeight,
            double gapEm) {
        List<Prepared> prepared = new ArrayList<>();
        for (String p : paragraphs) {
            List<String> missing = new ArrayList<>();
            prepared.add(prepare(displayLines(p, missing), style.bold()));
            unsupported.addAll(missing);
        }
        double width = maxWidth * WIDTH_SAFETY;
        double size = style.maxSize();
        while (true) {
            List<FittedText> result = layoutAll(prepared, style, size, width);
            if (totalHeight(result, size, gapEm) <= maxHeight && withinLineLimit(result, style)
                    && (size <= style.minSize() || wordsFit(prepared, width / size))) {
                return refineAll(prepared, result, style, size, width);
            }
            if (size <= style.minSize()) {
                return truncateAll(prepared, style, size, width, maxHeight, gapEm);
            }
            size = Math.max(style.minSize(), size * STEP);
        }
    }

    /**
     * Whether every word fits on a line of {@code unitMax}: a smaller size is better than a word broken in two
     * ("Hyponatraem / ia"). Only words of letters count; a link or a DOI may still be cut where it must.
     */
    private static boolean wordsFit(List<Prepared> prepared, double unitMax) {
        return prepared.stream().allMatch(p -> p.longestWord() <= unitMax);
    }

    /** Letters and digits (with hyphens and apostrophes), maybe in brackets or before punctuation; not a link. */
    private static boolean isWord(String token) {
        String core = token.replaceAll("^[\\p{Ps}\\p{Pi}\"']+|[\\p{Pe}\\p{Pf}\\p{Po}\"']+$", "");
        return !core.isEmpty() && core.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK || c == '-' || c == '\u2010' || c == '\'');
    }

    private static boolean withinLineLimit(List<FittedText> texts, TextStyle style) {
        if (style.maxLines() <= 0) {
            return true;
        }
        for (FittedText t : texts) {
            if (t.lines().size() > style.maxLines()) {
                return false;
            }
        }
        return true;
    }

    private static double totalHeight(List<FittedText> texts, double size, double gapEm) {
        double h = 0;
        int nonEmpty = 0;
        for (FittedText t : texts) {
            if (!t.lines().isEmpty()) {
                h += t.height();
                nonEmpty++;
            }
        }
        return h + Math.max(0, nonEmpty - 1) * gapEm * size;
    }

    /** The paragraph cleaned for display line by line: a line break of the posted text stays a line break. */
    private String displayLines(String paragraph, List<String> missing) {
        StringBuilder out = new StringBuilder();
        for (String line : paragraph.split("\n")) {
            String shown = measurer.coverable(DisplayText.clean(line), missing);
            if (!shown.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(shown);
            }
        }
        return out.toString();
    }

    /** {@code lineEnd}: the posted text has a line break after this word. */
    private record Token(String text, List<FittedText.Piece> pieces, double width, double trailingSpace,
            boolean lineEnd) {
    }

    /** A paragraph measured in units of the font size; {@code longestWord}: the widest token that is a word. */
    private record Prepared(String text, List<Token> tokens, boolean rtl, double ascent, double descent,
            double longestWord) {
    }

    private Prepared prepare(String text, boolean bold) {
        List<Token> tokens = new ArrayList<>();
        double longestWord = 0;
        int start = 0;
        for (int end : segmenter.wrapPoints(text)) {
            String raw = text.substring(start, end);
            String word = raw.stripTrailing();
            List<FittedText.Piece> pieces = measurer.pieces(word, bold);
            double w = 0;
            for (FittedText.Piece p : pieces) {
                w += p.width();
            }
            double space = raw.length() > word.length() ? measurer.unitWidth(" ", bold) : 0;
            tokens.add(new Token(word, pieces, w, space, raw.indexOf('\n', word.length()) >= 0));
            if (w > longestWord && isWord(word)) {
                longestWord = w;
            }
            start = end;
        }
        boolean rtl = !text.isEmpty() && Bidi.requiresBidi(text.toCharArray(), 0, text.length())
                && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        double[] ad = measurer.unitAscentDescent(text, bold);
        return new Prepared(text, tokens, rtl, ad[0], ad[1], longestWord);
    }

    private List<FittedText> layoutAll(List<Prepared> prepared, TextStyle style, double size, double width) {
        List<FittedText> out = new ArrayList<>();
        for (Prepared p : prepared) {
            out.add(layout(p, style, size, width));
        }
        return out;
    }

    /** A line in units of the font size, with the number of break-separated words on it. */
    private record UnitLine(List<FittedText.Piece> pieces, int words) {
    }

    private FittedText layout(Prepared p, TextStyle style, double size, double width) {
        return toFitted(p, breakLines(p, style, width / size), size, style, false);
    }

    /** Greedy line breaking at the prepared break opportunities, in units of the font size. */
    private List<UnitLine> breakLines(Prepared p, TextStyle style, double unitMax) {
        List<UnitLine> lines = new ArrayList<>();
        List<FittedText.Piece> line = new ArrayList<>();
        int words = 0;
        double lineW = 0;
        double pendingSpace = 0;
        for (Token t : p.tokens()) {
            if (t.text().isEmpty()) {
                pendingSpace += t.trailingSpace();
                continue;
            }
            if (!line.isEmpty() && lineW + pendingSpace + t.width() > unitMax) {
                lines.add(new UnitLine(line, words));
                line = new ArrayList<>();
                words = 0;
                lineW = 0;
                pendingSpace = 0;
            }
            if (t.width() > unitMax) {
                for (FittedText.Piece g : splitGraphemes(t)) {
                    if (!line.isEmpty() && lineW + pendingSpace + g.width() > unitMax) {
                        lines.add(new UnitLine(line, Math.max(1, words)));
                        line = new ArrayList<>();
                        words = 0;
                        lineW = 0;
                        pendingSpace = 0;
                    }
                    appendPiece(line, g, pendingSpace);
                    lineW += pendingSpace + g.width();
                    pendingSpace = 0;
                }
            } else {
                for (int i = 0; i < t.pieces().size(); i++) {
                    appendPiece(line, t.pieces().get(i), i == 0 ? pendingSpace : 0);
                }
                lineW += pendingSpace + t.width();
            }
            words++;
            pendingSpace = t.trailingSpace();
            if (t.lineEnd()) {
                lines.add(new UnitLine(line, words));
                line = new ArrayList<>();
                words = 0;
                lineW = 0;
                pendingSpace = 0;
            }
        }
        if (!line.isEmpty()) {
            lines.add(new UnitLine(line, words));
        }
        return lines;
    }

    /** Applies the style's {@link TextStyle.Wrap} to paragraphs that already fit at {@code size}. */
    private List<FittedText> refineAll(List<Prepared> prepared, List<FittedText> greedy, TextStyle style, double size,
            double width) {
        if (style.wrap() == TextStyle.Wrap.GREEDY) {
            return greedy;
        }
        List<FittedText> out = new ArrayList<>(greedy.size());
        for (int i = 0; i < greedy.size(); i++) {
            out.add(refine(prepared.get(i), greedy.get(i), style, size, width));
        }
        return out;
    }

    private FittedText refine(Prepared p, FittedText greedy, TextStyle style, double size, double width) {
        int count = greedy.lines().size();
        if (count < 2) {
            return greedy;
        }
        List<UnitLine> chosen = style.wrap() == TextStyle.Wrap.BALANCED ? balanced(p, style, width / size, count)
                : withoutLoneLastWord(p, style, width / size, count);
        return chosen == null ? greedy : toFitted(p, chosen, size, style, false);
    }

    /** The narrowest box (down to half the width) that still takes {@code count} lines, found by bisection. */
    private List<UnitLine> balanced(Prepared p, TextStyle style, double unitMax, int count) {
        double lo = unitMax * BALANCE_FLOOR;
        double hi = unitMax;
        List<UnitLine> best = null;
        for (int i = 0; i < BALANCE_STEPS; i++) {
            double mid = (lo + hi) / 2;
            List<UnitLine> lines = breakLines(p, style, mid);
            if (lines.size() == count) {
                best = lines;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /** A slightly narrower box with as many lines whose last line has two words or more, if there is one. */
    private List<UnitLine> withoutLoneLastWord(Prepared p, TextStyle style, double unitMax, int count) {
        List<UnitLine> greedy = breakLines(p, style, unitMax);
        if (greedy.get(greedy.size() - 1).words() > 1 || greedy.get(greedy.size() - 2).words() < 3) {
            return null;
        }
        for (int i = 1; i <= PRETTY_STEPS; i++) {
            double w = unitMax * (1 - (1 - PRETTY_FLOOR) * i / PRETTY_STEPS);
            List<UnitLine> lines = breakLines(p, style, w);
            if (lines.size() != count) {
                return null;
            }
            if (lines.get(count - 1).words() > 1) {
                return lines;
            }
        }
        return null;
    }

    private void appendPiece(List<FittedText.Piece> line, FittedText.Piece piece, double spaceBefore) {
        String prefix = spaceBefore > 0 && !line.isEmpty() ? " " : "";
        double extra = prefix.isEmpty() ? 0 : spaceBefore;
        FittedText.Piece last = line.isEmpty() ? null : line.get(line.size() - 1);
        if (!piece.emoji() && last != null && !last.emoji()) {
            line.set(line.size() - 1, new FittedText.Piece(last.text() + prefix + piece.text(), false,
                    last.width() + extra + piece.width()));
        } else if (!prefix.isEmpty() && piece.emoji() && last != null && !last.emoji()) {
            line.set(line.size() - 1, new FittedText.Piece(last.text() + prefix, false, last.width() + extra));
            line.add(piece);
        } else if (!prefix.isEmpty()) {
            line.add(new FittedText.Piece(prefix + piece.text(), piece.emoji(), extra + piece.width()));
        } else {
            line.add(piece);
        }
    }

    private List<FittedText.Piece> splitGraphemes(Token t) {
        List<FittedText.Piece> out = new ArrayList<>();
        for (FittedText.Piece p : t.pieces()) {
            if (p.emoji()) {
                out.add(p);
                continue;
            }
            for (String g : Graphemes.split(p.text())) {
                out.add(new FittedText.Piece(g, false, measurer.unitWidth(g, false)));
            }
        }
        return out;
    }

    private FittedText toFitted(Prepared p, List<UnitLine> unitLines, double size, TextStyle style,
            boolean truncated) {
        List<FittedText.Line> lines = new ArrayList<>();
        for (UnitLine unitLine : unitLines) {
            List<FittedText.Piece> ul = unitLine.pieces();
            List<FittedText.Piece> scaled = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            double w = 0;
            for (FittedText.Piece piece : ul) {
                scaled.add(new FittedText.Piece(piece.text(), piece.emoji(), piece.width() * size));
                text.append(piece.text());
                w += piece.width() * size;
            }
            lines.add(new FittedText.Line(text.toString(), scaled, w));
        }
        return new FittedText(size, size * style.lineHeight(), p.ascent() * size, p.descent() * size, lines,
                p.rtl(), style.bold(), truncated);
    }

    private List<FittedText> truncateAll(List<Prepared> prepared, TextStyle style, double size, double width,
            double maxHeight, double gapEm) {
        List<FittedText> full = layoutAll(prepared, style, size, width);
        List<FittedText> out = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < full.size(); i++) {
            FittedText f = full.get(i);
            if (f.lines().isEmpty()) {
                out.add(f);
                continue;
            }
            double gap = out.stream().anyMatch(t -> !t.lines().isEmpty()) ? gapEm * size : 0;
            double avail = maxHeight - used - gap;
            int fitLines = avail < f.ascent() + f.descent() ? 0
                    : 1 + (int) Math.floor((avail - f.ascent() - f.descent()) / f.lineAdvance() + 1e-9);
            if (style.maxLines() > 0) {
                fitLines = Math.min(fitLines, style.maxLines());
            }
            if (fitLines >= f.lines().size()) {
                out.add(f);
                used += gap + f.height();
                continue;
            }
            if (fitLines == 0) {
                out.add(new FittedText(size, f.lineAdvance(), f.ascent(), f.descent(), List.of(), f.rtl(),
                        f.bold(), true));
            } else {
                List<FittedText.Line> kept = new ArrayList<>(f.lines().subList(0, fitLines));
                kept.set(fitLines - 1, ellipsize(kept.get(fitLines - 1), width, size, style.bold()));
                FittedText cut = new FittedText(size, f.lineAdvance(), f.ascent(), f.descent(), kept, f.rtl(),
                        f.bold(), true);
                out.add(cut);
                used += gap + cut.height();
            }
            for (int j = i + 1; j < full.size(); j++) {
                FittedText rest = full.get(j);
                out.add(new FittedText(size, rest.lineAdvance(), rest.ascent(), rest.descent(), List.of(),
                        rest.rtl(), rest.bold(), !rest.lines().isEmpty()));
            }
            return out;
        }
        return out;
    }

    private FittedText.Line ellipsize(FittedText.Line line, double width, double size, boolean bold) {
        double ell = measurer.unitWidth(ELLIPSIS, bold) * size;
        List<FittedText.Piece> pieces = new ArrayList<>(line.pieces());
        double w = line.width();
        while (!pieces.isEmpty() && w + ell > width) {
            FittedText.Piece last = pieces.remove(pieces.size() - 1);
            w -= last.width();
            if (!last.emoji()) {
                List<String> gs = Graphemes.split(last.text());
                if (gs.size() > 1) {
                    String shorter = String.join("", gs.subList(0, gs.size() - 1)).stripTrailing();
                    if (!shorter.isEmpty()) {
                        double sw = measurer.unitWidth(shorter, bold) * size;
                        pieces.add(new FittedText.Piece(shorter, false, sw));
                        w += sw;
                    }
                }
            }
        }
        FittedText.Piece lastPiece = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        if (lastPiece != null && !lastPiece.emoji()) {
            String t = lastPiece.text().stripTrailing() + ELLIPSIS;
            double tw = measurer.unitWidth(t, bold) * size;
            w += tw - lastPiece.width();
            pieces.set(pieces.size() - 1, new FittedText.Piece(t, false, tw));
        } else {
            pieces.add(new FittedText.Piece(ELLIPSIS, false, ell));
            w += ell;
        }
        StringBuilder sb = new StringBuilder();
        for (FittedText.Piece p : pieces) {
            sb.append(p.text());
        }
        return new FittedText.Line(sb.toString(), pieces, w);
    }
}
