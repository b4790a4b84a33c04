package org.tweetorial.core.internal.lint.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tweetorial.core.internal.lint.DefaultLintContext;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.lint.PhiStrictness;

/**
 * Runs every recogniser over a post's Markdown and merges their hits: where two overlap, the one from the more
 * specific recogniser wins (a labelled number before a shaped one, a national id before a phone number), so each
 * identifier is reported once, under its right category. Results are memoized per text and level.
 */
public final class PhiScanner {

    /** In order of precedence. */
    private static final List<Recogniser> RECOGNISERS = List.of(new LabelledNumbers(), new ShapedNumbers(),
            new DatesAndAges(), new ContactDetails(), new PersonNames(), new Places(), new Descriptions());

    private record Key(String markdown, PhiStrictness strictness, Set<String> own) {
    }

    private static final TextMemo<Key, List<PhiHit>> MEMO = new TextMemo<>(32_768, 4_000_000,
            k -> k.markdown().length());

    private PhiScanner() {
    }

    /**
     * The identifiers in a post's Markdown reported at a level, in text order.
     *
     * @param own the author's own name parts and handles (any case, "@" optional), never reported
     */
    public static List<PhiHit> scan(String markdown, PhiStrictness strictness, Set<String> own) {
        if (!mayHold(markdown)) {
            return List.of();
        }
        return MEMO.get(new Key(markdown, strictness, own), k -> scanUncached(k.markdown(), k.strictness(),
                k.own()));
    }

    /** Same as {@link #scan}, without the memo. */
    public static List<PhiHit> scanUncached(String markdown, PhiStrictness strictness, Set<String> own) {
        if (!mayHold(markdown)) {
            return List.of();
        }
        PhiText text = new PhiText(markdown, DefaultLintContext.mask(markdown), normalise(own));
        List<PhiHit> kept = new ArrayList<>();
        for (Recogniser r : RECOGNISERS) {
            List<PhiHit> found = new ArrayList<>();
            r.find(text, found);
            found.sort(Comparator.comparingInt(PhiHit::start).thenComparing(Comparator.comparingInt(
                    PhiHit::length).reversed()));
            for (PhiHit h : found) {
                if (h.reportedAt(strictness) && h.end() > h.start() && kept.stream().noneMatch(h::overlaps)) {
                    kept.add(h);
                }
            }
        }
        kept.sort(Comparator.comparingInt(PhiHit::start));
        return List.copyOf(kept);
    }

    /** A blank post holds nothing; any other text may (descriptions of a face or a job need no digit or capital). */
    private static boolean mayHold(String markdown) {
        return !markdown.isBlank();
    }

    private static Set<String> normalise(Set<String> own) {
        Set<String> out = new HashSet<>();
        for (String o : own) {
            for (String part : o.split("[\\s,]+")) {
                if (!part.isBlank()) {
                    out.add(part.toLowerCase(Locale.ROOT).replaceFirst("^@", "").replaceFirst("@.*$", ""));
                }
            }
        }
        return Set.copyOf(out);
    }
}
