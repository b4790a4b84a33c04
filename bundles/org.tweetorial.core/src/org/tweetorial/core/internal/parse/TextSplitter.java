package org.tweetorial.core.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.Extractor;

import org.tweetorial.core.text.Graphemes;

/**
 * Splits a post's plain text into parts that fit: at a sentence end (or line break), else a clause end, else a
 * word boundary; never inside a URL, mention, hashtag, number or grapheme cluster. Each part is looked for in a
 * window at the start of the rest that doubles while all of it fits (so a window holds at most about twice the part
 * it yields), and cuts are found by binary search over the window's candidate boundaries: the work is linear in
 * the length of the text (times a logarithm of the part length), whatever its shape.
 */
public final class TextSplitter {

    /** A sentence or clause cut is taken if it keeps at least this share of what a word cut could fit. */
    private static final double PREFERRED_SHARE = 0.5;
    /** The first window, in chars: well over any platform's limit in plain words. */
    static final int FIRST_WINDOW = 1_024;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/]\\d+)*%?");
    private static final ThreadLocal<Extractor> ENTITIES = ThreadLocal.withInitial(Extractor::new);

    private enum Tier { SENTENCE, CLAUSE, WORD }

    private record Candidate(int position, Tier tier) {
    }

    private TextSplitter() {
    }

    /**
     * Splits {@code text}; {@code fitsFirst} judges the first part, {@code fitsOther} the others. A part that
     * cannot be cut anywhere allowed is left over-long.
     */
    public static List<String> split(String text, Predicate<String> fitsFirst, Predicate<String> fitsOther) {
        List<String> parts = new ArrayList<>();
        String all = text.strip();
        int from = 0;
        Predicate<String> fits = fitsFirst;
        while (from < all.length()) {
            int end = nextEnd(all, from, fits);
            if (end <= from || end >= all.length()) {
                parts.add(all.substring(from));
                return parts;
            }
            parts.add(all.substring(from, end).strip());
            from = end;
            while (from < all.length() && Character.isWhitespace(all.charAt(from))) {
                from++;
            }
            fits = fitsOther;
        }
        if (parts.isEmpty()) {
            parts.add("");
        }
        return parts;
    }

    /**
     * Where the part starting at {@code from} ends: {@code text.length()} when the whole rest fits, {@code from} when
     * no allowed cut fits. Looks only at a window of the rest, doubled while the window itself fits.
     */
    private static int nextEnd(String text, int from, Predicate<String> fits) {
        for (long window = FIRST_WINDOW; ; window *= 2) {
            if (text.length() - from <= window) {
                String rest = text.substring(from);
                return fits.test(rest) ? text.length() : from + bestCut(rest, fits);
            }
            int at = (int) (from + window);
            String prefix = text.substring(from, wordEnd(text, at, (int) Math.min(text.length(), from + 2 * window)));
            if (!fits.test(prefix)) {
                return from + bestCut(prefix, fits);
            }
        }
    }

    /** The first whitespace at or after {@code at} (so a window does not end inside a word), at most {@code max}. */
    private static int wordEnd(String text, int at, int max) {
        int limit = Math.min(text.length(), max);
        int i = at;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the longest allowed first part that fits, 0 if none. */
    static int bestCut(String text, Predicate<String> fits) {
        List<Candidate> words = wordCandidates(text);
        int best = largestFitting(text, words.stream().mapToInt(Candidate::position).toArray(), fits);
        if (best < 0) {
            return hardCut(text, fits);
        }
        int bestPos = words.get(best).position();
        for (Tier tier : List.of(Tier.SENTENCE, Tier.CLAUSE)) {
            for (int i = best; i >= 0 && words.get(i).position() >= bestPos * PREFERRED_SHARE; i--) {
                if (words.get(i).tier() == tier) {
                    return words.get(i).position();
                }
            }
        }
        return bestPos;
    }

    private static List<Candidate> wordCandidates(String text) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))
                    && Graphemes.isBoundary(text, i)) {
                out.add(new Candidate(i, tier(text, i)));
            }
        }
        return out;
    }

    private static Tier tier(String text, int whitespaceAt) {
        if (text.charAt(whitespaceAt) == '\n') {
            return Tier.SENTENCE;
        }
        int j = whitespaceAt - 1;
        while (j > 0 && "\"')]}\u201D\u2019".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        char c = text.charAt(j);
        if (".!?\u2026".indexOf(c) >= 0) {
            return Tier.SENTENCE;
        }
        return ",;:\u2014\u2013".indexOf(c) >= 0 ? Tier.CLAUSE : Tier.WORD;
    }

    /** Index into positions of the largest one whose prefix fits, -1 if none. */
    private static int largestFitting(String text, int[] positions, Predicate<String> fits) {
        int lo = 0;
        int hi = positions.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (fits.test(text.substring(0, positions[mid]).stripTrailing())) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Last resort for a text without a fitting word boundary: a grapheme boundary outside protected spans. */
    private static int hardCut(String text, Predicate<String> fits) {
        boolean[] inside = protectedChars(text);
        List<Integer> positions = new ArrayList<>();
        for (int b : Graphemes.boundaries(text)) {
            if (b < text.length() && !inside[b]) {
                positions.add(b);
            }
        }
        int i = largestFitting(text, positions.stream().mapToInt(Integer::intValue).toArray(), fits);
        return i < 0 ? 0 : positions.get(i);
    }

    /** inside[i]: cutting before char i would split a URL, mention, hashtag, cashtag or number. */
    static boolean[] protectedChars(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        for (Extractor.Entity e : ENTITIES.get().extractEntitiesWithIndices(text)) {
            mark(inside, e.getStart(), e.getEnd());
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            mark(inside, m.start(), m.end());
        }
        return inside;
    }

    private static void mark(boolean[] inside, int start, int end) {
        for (int i = start + 1; i < end && i < inside.length; i++) {
            inside[i] = true;
        }
    }
}
