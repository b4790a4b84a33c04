package org.tweetorial.core.internal.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Extended grapheme clusters (UAX #29) via ICU4J. */
public final class Graphemes {

    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private Graphemes() {
    }

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
