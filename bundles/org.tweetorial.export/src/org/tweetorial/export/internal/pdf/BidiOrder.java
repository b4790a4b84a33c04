package org.tweetorial.export.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;

import org.tweetorial.core.text.Graphemes;

/**
 * Puts the segments of one line into drawing order by the Unicode bidi algorithm (ICU4J {@link Bidi}): segments
 * are reordered by their embedding levels, and a right-to-left segment at an odd level is drawn with its grapheme
 * clusters reversed and paired brackets mirrored.
 */
final class BidiOrder {

    /** A segment and the string to draw for it, left to right. */
    record Drawn(Segment segment, String glyphs) {
    }

    private BidiOrder() {
    }

    /** The segments of a line, left to right as they are drawn. */
    static List<Drawn> visual(List<Segment> segments, boolean rtlParagraph) {
        List<Drawn> out = new ArrayList<>(segments.size());
        byte[] levels = levels(segments, rtlParagraph);
        if (levels == null) {
            segments.forEach(s -> out.add(new Drawn(s, s.text())));
            return out;
        }
        for (int logical : Bidi.reorderVisual(levels)) {
            Segment s = segments.get(logical);
            boolean reversed = (levels[logical] & 1) == 1 && s.rtl();
            out.add(new Drawn(s, reversed ? reversed(s.text()) : s.text()));
        }
        return out;
    }

    /** The bidi embedding level of each segment, or null when the line is all left-to-right. */
    private static byte[] levels(List<Segment> segments, boolean rtlParagraph) {
        if (!rtlParagraph && segments.stream().noneMatch(Segment::rtl)) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[segments.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = text.length();
            text.append(segments.get(i).source());
        }
        Bidi bidi = new Bidi(text.toString(), rtlParagraph ? Bidi.RTL : Bidi.LTR);
        byte[] levels = new byte[starts.length];
        for (int i = 0; i < starts.length; i++) {
            levels[i] = bidi.getLevelAt(Math.min(starts[i], Math.max(0, text.length() - 1)));
        }
        return levels;
    }

    /** A right-to-left run in drawing order: grapheme clusters reversed, paired brackets mirrored. */
    static String reversed(String logical) {
        List<String> clusters = Graphemes.split(logical);
        StringBuilder sb = new StringBuilder(logical.length());
        for (int i = clusters.size() - 1; i >= 0; i--) {
            String g = clusters.get(i);
            int first = g.codePointAt(0);
            sb.appendCodePoint(UCharacter.getMirror(first)).append(g, Character.charCount(first), g.length());
        }
        return sb.toString();
    }
}
