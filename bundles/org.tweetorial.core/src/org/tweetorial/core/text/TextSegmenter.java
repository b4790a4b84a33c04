package org.tweetorial.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Line-break opportunities (UAX #14) and words (UAX #29) for one language, with ICU4J's tailoring for that
 * language (for example Japanese kinsoku, or the root rules that keep "I’m", "l’homme", "10 mg", "5 %" and
 * "2–3" together). Holds its ICU iterators: create one per thread of work (a render thread, an export) and reuse
 * it for every paragraph; an instance is not thread-safe.
 */
public final class TextSegmenter {

    private final String language;
    private final BreakIterator lines;
    private final BreakIterator words;

    private TextSegmenter(String language, ULocale locale) {
        this.language = language;
        this.lines = BreakIterator.getLineInstance(locale);
        this.words = BreakIterator.getWordInstance(locale);
    }

    /**
     * A segmenter for a BCP 47 language tag such as the front matter's {@code language} ("en", "fr", "ar", "he",
     * "ja"); null, blank or unknown tags get the untailored Unicode rules.
     */
    public static TextSegmenter forLanguage(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip();
        ULocale locale = tag.isEmpty() ? ULocale.ROOT : ULocale.forLanguageTag(tag);
        return new TextSegmenter(tag.toLowerCase(Locale.ROOT), locale);
    }

    /** The language tag this segmenter was made for, lower case; empty for the untailored rules. */
    public String language() {
        return language;
    }

    /**
     * Offsets where a line may end (a new line may start there), ascending, never 0, with {@code text.length()}
     * last for non-empty text. Spaces stay at the end of the line they follow.
     */
    public int[] lineBreaks(String text) {
        return boundaries(lines, text);
    }

    /**
     * Where a wrapper may end a line: {@link #lineBreaks} less the breaks a typesetter avoids in clinical text,
     * which UAX #14 allows: between a number and its unit ("10 mg", "5 %", "37 °C", "3 days") and inside a
     * numeric range written with a dash ("2–3", "10—20").
     */
    public int[] wrapPoints(String text) {
        int[] all = lineBreaks(text);
        int n = 0;
        for (int b : all) {
            if (!NumberUnits.keepsTogether(text, b)) {
                all[n++] = b;
            }
        }
        return n == all.length ? all : Arrays.copyOf(all, n);
    }

    /** True when a line may end at {@code offset} (always true at the end of the text). */
    public boolean isLineBreak(String text, int offset) {
        if (offset >= text.length()) {
            return true;
        }
        if (offset <= 0) {
            return false;
        }
        lines.setText(text);
        return lines.isBoundary(offset);
    }

    /** The words of a text (letters, numbers, ideographs, kana), without spaces and punctuation between them. */
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                out.add(text.substring(start, end));
            }
        }
        return out;
    }

    private static int[] boundaries(BreakIterator it, String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        it.setText(text);
        int[] out = new int[Math.min(text.length(), 64)];
        int n = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = b;
        }
        return Arrays.copyOf(out, n);
    }
}
