package org.tweetorial.export.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Bidi;

import org.tweetorial.core.text.TextSegmenter;
import org.tweetorial.render.BundledFonts;

/**
 * Breaks text into lines of at most a width at the line-break opportunities of the document's language (UAX #14
 * through {@link TextSegmenter#wrapPoints}), and inside a word only when the word alone is too wide. A body
 * paragraph does not end on a lone word when moving one more word down still fits.
 */
public final class LineWrapper {

    /**
     * One line: its segments in logical order, its width, and the direction of its paragraph.
     *
     * @param rtl the paragraph's base direction is right-to-left (lines are set from the right margin)
     */
    public record Line(List<Segment> segments, float width, boolean rtl) {
    }

    /** A break-separated piece of text: its shaped segments, width, and whether a space follows it. */
    private record Word(List<Segment> segments, float width, boolean spaceAfter) {
    }

    /** A last line of one word is avoided by narrowing the measure by at most this share. */
    private static final float PRETTY_FLOOR = 0.85f;

    private final TextShaper shaper;
    private final TextSegmenter segmenter;

    /** A wrapper for one document; {@code segmenter} is made once for the document's language and reused. */
    public LineWrapper(TextShaper shaper, TextSegmenter segmenter) {
        this.shaper = shaper;
        this.segmenter = segmenter;
    }

    /** Lines of a text; {@code \n} forces a break, an empty line stays empty. */
    public List<Line> wrap(String text, TextStyle style, float maxWidth) {
        List<Line> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            wrapParagraph(hardLine.strip(), style, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String text, TextStyle style, float maxWidth, List<Line> out) {
        boolean rtl = isRightToLeft(text);
        List<Word> words = words(text, style);
        float space = shaper.width(" ", style);
        List<Line> lines = breakLines(words, space, maxWidth, rtl);
        if (lines.size() >= 2 && wordCount(lines.get(lines.size() - 1)) == 1) {
            for (float w = maxWidth * 0.97f; w >= maxWidth * PRETTY_FLOOR; w -= maxWidth * 0.03f) {
                List<Line> tighter = breakLines(words, space, w, rtl);
                if (tighter.size() != lines.size()) {
                    break;
                }
                if (wordCount(tighter.get(tighter.size() - 1)) > 1) {
                    lines = tighter;
                    break;
                }
            }
        }
        out.addAll(lines);
    }

    private List<Word> words(String text, TextStyle style) {
        List<Word> words = new ArrayList<>();
        int start = 0;
        for (int end : segmenter.wrapPoints(text)) {
            String raw = text.substring(start, end);
            start = end;
            String word = raw.stripTrailing();
            if (word.isEmpty()) {
                continue;
            }
            List<Segment> segments = shaper.shape(word, style);
            if (!segments.isEmpty()) {
                words.add(new Word(segments, sum(segments), raw.length() > word.length()));
            }
        }
        return words;
    }

    private List<Line> breakLines(List<Word> words, float space, float maxWidth, boolean rtl) {
        List<Line> lines = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        float width = 0;
        boolean spaceBefore = false;
        for (Word word : words) {
            float gap = current.isEmpty() || !spaceBefore ? 0 : space;
            if (width + gap + word.width() > maxWidth && !current.isEmpty()) {
                lines.add(new Line(current, width, rtl));
                current = new ArrayList<>();
                width = 0;
                gap = 0;
            }
            if (gap > 0) {
                current.add(spaceSegment(word, space));
                width += gap;
            }
            if (word.width() > maxWidth) {
                width = splitLongWord(word.segments(), maxWidth, lines, current, width, rtl);
            } else {
                current.addAll(word.segments());
                width += word.width();
            }
            spaceBefore = word.spaceAfter();
        }
        lines.add(new Line(current, width, rtl));
        return lines;
    }

    private static Segment spaceSegment(Word next, float space) {
        BundledFonts.Face font = next.segments().get(0).font();
        return new Segment(Segment.Kind.TEXT, " ", font != null ? font : BundledFonts.primary(false), space);
    }

    private static int wordCount(Line line) {
        int n = 1;
        for (Segment s : line.segments()) {
            if (s.kind() == Segment.Kind.TEXT && s.text().equals(" ")) {
                n++;
            }
        }
        return n;
    }

    /** Very long words (URLs, DOIs) break between segments or characters. */
    private float splitLongWord(List<Segment> segments, float maxWidth, List<Line> lines, List<Segment> current,
            float width, boolean rtl) {
        float w = width;
        for (Segment s : segments) {
            for (Segment piece : pieces(s, maxWidth)) {
                if (w + piece.width() > maxWidth && !current.isEmpty()) {
                    lines.add(new Line(List.copyOf(current), w, rtl));
                    current.clear();
                    w = 0;
                }
                current.add(piece);
                w += piece.width();
            }
        }
        return w;
    }

    private List<Segment> pieces(Segment s, float maxWidth) {
        if (s.kind() != Segment.Kind.TEXT || s.width() <= maxWidth || s.rtl()) {
            return List.of(s);
        }
        List<Segment> out = new ArrayList<>();
        float perChar = s.width() / s.text().codePointCount(0, s.text().length());
        int chunk = Math.max(1, (int) (maxWidth / perChar) - 1);
        int[] cps = s.text().codePoints().toArray();
        for (int i = 0; i < cps.length; i += chunk) {
            String part = new String(cps, i, Math.min(chunk, cps.length - i));
            out.add(new Segment(Segment.Kind.TEXT, part, s.font(), perChar * part.codePointCount(0,
                    part.length())));
        }
        return out;
    }

    /** The paragraph's base direction by its first strong character (Unicode bidi rules P2-P3). */
    static boolean isRightToLeft(String text) {
        return Bidi.getBaseDirection(text) == Bidi.RTL;
    }

    private static float sum(List<Segment> segments) {
        float w = 0;
        for (Segment s : segments) {
            w += s.width();
        }
        return w;
    }
}
