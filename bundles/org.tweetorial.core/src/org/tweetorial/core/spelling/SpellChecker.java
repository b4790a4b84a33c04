package org.tweetorial.core.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.tweetorial.core.internal.spelling.HunspellDictionaries;
import org.tweetorial.core.internal.spelling.HunspellDictionaries.Variant;
import org.tweetorial.core.internal.spelling.WordScanner;
import org.tweetorial.core.internal.text.TextMemo;

/**
 * Spell checking for English (Apache Lucene's Hunspell with SCOWL's en-US or en-GB dictionary and the medical
 * vocabulary): {@code en-US} and {@code en-GB} take one spelling; no language takes en-US; plain {@code en} accepts a
 * word either spelling knows (one dictionary holding both word lists), as an international audience writes both.
 * Each checker loads exactly one dictionary. The unknown words of a text are memoized per text, suggestions per
 * word, so re-checking after a keystroke costs one post. The dictionary loads on first use; {@link #preload()} loads
 * it ahead (call it off the UI thread). Thread-safe.
 */
public final class SpellChecker {

    private static final Map<String, SpellChecker> CHECKERS = new HashMap<>();

    private final String name;
    /** The id of the lint rule that reports what this checker finds. */
    public static final String RULE_ID = "spelling";

    private final Variant variant;
    private final AtomicLong textsScanned = new AtomicLong();
    private final AtomicLong suggestionsWorkedOut = new AtomicLong();
    private final TextMemo<String, List<Misspelling>> unknown = new TextMemo<>(4_096, 2_000_000, String::length);
    private final TextMemo<String, List<String>> suggestions = new TextMemo<>(4_096, 100_000, String::length);

    private SpellChecker(String name) {
        this.name = name;
        this.variant = switch (name) {
            case "en-GB" -> Variant.GB;
            case "en-US" -> Variant.US;
            default -> Variant.EITHER;
        };
    }

    /**
     * The checker for a BCP 47 tag ({@code en}: either spelling, {@code en-US}, {@code en-GB}; empty means en-US),
     * empty for a language other than English (which is not checked).
     */
    public static java.util.Optional<SpellChecker> forLanguage(String languageTag) {
        String t = languageTag.strip().toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && !t.equals("en") && !t.startsWith("en-") && !t.startsWith("en_")) {
            return java.util.Optional.empty();
        }
        String name = t.equals("en") ? "en" : Variant.of(t) == Variant.GB ? "en-GB" : "en-US";
        synchronized (CHECKERS) {
            return java.util.Optional.of(CHECKERS.computeIfAbsent(name, SpellChecker::new));
        }
    }

    /** The dictionary's name for messages: {@code en}, {@code en-US} or {@code en-GB}. */
    public String dictionaryName() {
        return name;
    }

    /** Loads the dictionary now if it is not loaded yet (a few hundred milliseconds once per process). */
    public void preload() {
        HunspellDictionaries.get(variant);
    }

    /**
     * Starts loading the dictionary on a daemon thread and returns at once; a check that needs it meanwhile waits
     * for that load rather than starting a second one.
     */
    public void preloadInBackground() {
        Thread loader = new Thread(this::preload, "Loading the " + name + " spelling dictionary");
        loader.setDaemon(true);
        loader.start();
    }

    /** Whether the dictionary knows a single word. */
    public boolean isKnown(String word) {
        return HunspellDictionaries.get(variant).spell(word);
    }

    /**
     * How many texts this checker has scanned word by word so far; a text checked again unchanged is served from
     * the memo and not counted (for tests and benchmarks of the keystroke case).
     */
    public long textsScanned() {
        return textsScanned.get();
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

    /**
     * Up to {@code max} corrections, best first: the same for the same word whatever the machine's load (no time
     * limit), memoized per word; the first call for a word takes tens of ms, a few hundred for long junk words.
     */
    public List<String> suggest(String word, int max) {
        List<String> all = suggestions.get(word, this::allSuggestions);
        return all.subList(0, Math.min(max, all.size()));
    }

    /** How many words' suggestions this checker has worked out (not served from its memo), for tests. */
    public long suggestionsWorkedOut() {
        return suggestionsWorkedOut.get();
    }

    private List<String> allSuggestions(String word) {
        suggestionsWorkedOut.incrementAndGet();
        return List.copyOf(new LinkedHashSet<>(HunspellDictionaries.get(variant).suggest(word)));
    }

    private List<Misspelling> unknownWords(String markdown) {
        textsScanned.incrementAndGet();
        List<Misspelling> out = new ArrayList<>();
        for (Misspelling w : WordScanner.words(markdown)) {
            if (!isKnown(w.word())) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }
}
