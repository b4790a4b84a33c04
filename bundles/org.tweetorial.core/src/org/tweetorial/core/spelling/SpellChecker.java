package org.tweetorial.core.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.tweetorial.core.internal.spelling.HunspellDictionaries;
import org.tweetorial.core.internal.spelling.HunspellDictionaries.Variant;
import org.tweetorial.core.internal.spelling.WordScanner;
import org.tweetorial.core.internal.text.TextMemo;

/**
 * Spell checking for English (Apache Lucene's Hunspell with SCOWL's en-US or en-GB dictionary and the medical
 * vocabulary): {@code en-US} and {@code en-GB} take one spelling; plain {@code en} (and no language) accept a word
 * either knows, as an international audience writes both. The unknown words of a text are memoized per text, suggestions per word, so re-checking
 * after a keystroke costs one post. The dictionary loads on first use; {@link #preload()} loads it ahead (call it
 * off the UI thread). Thread-safe.
 */
public final class SpellChecker {

    private static final Map<String, SpellChecker> CHECKERS = new HashMap<>();

    private final String name;
    private final List<Variant> variants;
    private final TextMemo<String, List<Misspelling>> unknown = new TextMemo<>(4_096, 2_000_000, String::length);
    private final TextMemo<String, List<String>> suggestions = new TextMemo<>(4_096, 100_000, String::length);

    private SpellChecker(String name) {
        this.name = name;
        this.variants = switch (name) {
            case "en-GB" -> List.of(Variant.GB);
            case "en-US" -> List.of(Variant.US);
            default -> List.of(Variant.US, Variant.GB);
        };
    }

    /**
     * The checker for a BCP 47 tag ({@code en}, {@code en-US}, {@code en-GB}; empty means en-US), empty for a
     * language other than English (which is not checked).
     */
    public static java.util.Optional<SpellChecker> forLanguage(String languageTag) {
        String t = languageTag.strip().toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && !t.equals("en") && !t.startsWith("en-") && !t.startsWith("en_")) {
            return java.util.Optional.empty();
        }
        String name = t.isEmpty() || t.equals("en") ? "en" : Variant.of(t) == Variant.GB ? "en-GB" : "en-US";
        synchronized (CHECKERS) {
            return java.util.Optional.of(CHECKERS.computeIfAbsent(name, SpellChecker::new));
        }
    }

    /** The dictionary's name for messages: {@code en}, {@code en-US} or {@code en-GB}. */
    public String dictionaryName() {
        return name;
    }

    /** Loads the dictionaries now if they are not loaded yet (a few hundred milliseconds once per process). */
    public void preload() {
        variants.forEach(HunspellDictionaries::get);
    }

    /** Whether the dictionaries know a single word. */
    public boolean isKnown(String word) {
        for (Variant v : variants) {
            if (HunspellDictionaries.get(v).spell(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unknown words of a Markdown text (code, links, mentions, citations... skipped), minus those
     * {@code accepted} (the project's and user's words, ignored words).
     */
    public List<Misspelling> check(String markdown, Predicate<String> accepted) {
        List<Misspelling> all = unknown.get(markdown, this::unknownWords);
        if (all.isEmpty()) {
            return all;
        }
        List<Misspelling> out = new ArrayList<>(all.size());
        for (Misspelling m : all) {
            if (!accepted.test(m.word())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Up to {@code max} corrections, best first (memoized per word; the first call can take tens of ms). */
    public List<String> suggest(String word, int max) {
        List<String> all = suggestions.get(word, this::allSuggestions);
        return all.subList(0, Math.min(max, all.size()));
    }

    private List<String> allSuggestions(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (Variant v : variants) {
            out.addAll(HunspellDictionaries.get(v).suggest(word));
        }
        return List.copyOf(out);
    }

    private List<Misspelling> unknownWords(String markdown) {
        List<Misspelling> out = new ArrayList<>();
        for (Misspelling w : WordScanner.words(markdown)) {
            if (!isKnown(w.word())) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }
}
