package org.tweetorial.export.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.render.BundledFonts;

/** Breaks text into lines of at most a width: at spaces, and inside a word only when the word alone is too wide. */
public final class LineWrapper {

    /** One line: its segments and its width. */
    public record Line(List<Segment> segments, float width) {
    }

    private final TextShaper shaper;

    public LineWrapper(TextShaper shaper) {
        this.shaper = shaper;
    }

    /** Lines of a text; {@code \n} forces a break, an empty line stays empty. */
    public List<Line> wrap(String text, TextStyle style, float maxWidth) {
        List<Line> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            wrapLine(hardLine, style, maxWidth, lines);
        }
        return lines;
    }

    private void wrapLine(String text, TextStyle style, float maxWidth, List<Line> lines) {
        float space = shaper.width(" ", style);
        List<Segment> current = new ArrayList<>();
        float width = 0;
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            List<Segment> segments = shaper.shape(word, style);
            float w = sum(segments);
            float needed = current.isEmpty() ? w : width + space + w;
            if (needed > maxWidth && !current.isEmpty()) {
                lines.add(new Line(current, width));
                current = new ArrayList<>();
                width = 0;
            }
            if (w > maxWidth) {
                width = splitLongWord(segments, maxWidth, lines, current, width);
                continue;
            }
            if (!current.isEmpty()) {
                current.add(new Segment(Segment.Kind.TEXT, " ", segments.get(0).font() != null
                        ? segments.get(0).font() : BundledFonts.primary(false), space));
                width += space;
            }
            current.addAll(segments);
            width += w;
        }
        lines.add(new Line(current, width));
    }

    /** Very long words (URLs, DOIs) break between segments or characters. */
    private float splitLongWord(List<Segment> segments, float maxWidth, List<Line> lines, List<Segment> current,
            float width) {
        float w = width;
        for (Segment s : segments) {
            for (Segment piece : pieces(s, maxWidth)) {
                if (w + piece.width() > maxWidth && !current.isEmpty()) {
                    lines.add(new Line(List.copyOf(current), w));
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
        if (s.kind() != Segment.Kind.TEXT || s.width() <= maxWidth) {
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

    private static float sum(List<Segment> segments) {
        float w = 0;
        for (Segment s : segments) {
            w += s.width();
        }
        return w;
    }
}
