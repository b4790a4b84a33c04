package org.tweetorial.core.text;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Extended grapheme clusters (UAX #29) via ICU4J; safe to call from any thread. */
public final class Graphemes {

    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private Graphemes() {
    }

    /** Number of grapheme clusters in {@code text}. */
    public static int count(CharSequence text) {
        if (isAsciiWithoutCr(text)) {
            return text.length();
        }
        BreakIterator it = iterator(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    /** Splits text into grapheme clusters; a cluster is never split by any later step. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (isAsciiWithoutCr(text)) {
            for (int i = 0; i < text.length(); i++) {
                out.add(text.substring(i, i + 1));
            }
            return out;
        }
        BreakIterator it = iterator(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    /** True when {@code offset} is between two grapheme clusters of {@code text}. */
    public static boolean isBoundary(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        return iterator(text).isBoundary(offset);
    }

    /** The largest grapheme boundary &lt;= offset. */
    public static int boundaryAtOrBefore(String text, int offset) {
        if (offset >= text.length()) {
            return text.length();
        }
        BreakIterator it = iterator(text);
        return it.isBoundary(offset) ? offset : it.preceding(offset);
    }

    /** Boundaries between clusters, ascending, without 0 and with {@code text.length()} last. */
    public static int[] boundaries(String text) {
        BreakIterator it = iterator(text);
        int[] out = new int[Math.max(1, text.length())];
        int n = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            out[n++] = b;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static BreakIterator iterator(CharSequence text) {
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        return it;
    }

    // Fast path: in ASCII text every char is a cluster, except CR LF which is one cluster.
    private static boolean isAsciiWithoutCr(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
