package org.tweetorial.core.internal.spelling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;

/**
 * The bundled Hunspell dictionaries (SCOWL via the npm packages {@code dictionary-en} and {@code dictionary-en-gb},
 * fetched at build time) with the medical vocabulary ({@code spelling/medical-en.txt}) as a further word list
 * sharing the main affix file. Each variant is one Lucene dictionary, loaded once per process, on first use, by
 * whichever thread asks; nothing loads a variant it does not use.
 */
public final class HunspellDictionaries {

    private static final String US_WORDS = "dictionary-en";
    private static final String GB_WORDS = "dictionary-en-gb";

    /** Which English. */
    public enum Variant {
        /** American spelling. */
        US(US_WORDS),
        /** British spelling (SCOWL en_GB-ise). */
        GB(GB_WORDS),
        /**
         * Either spelling, for plain {@code en}: one dictionary with both word lists on their common affix file
         * (the two packages ship the same {@code index.aff}; a test checks it).
         */
        EITHER(US_WORDS, GB_WORDS);

        private final List<String> wordLists;

        Variant(String... wordLists) {
            this.wordLists = List.of(wordLists);
        }

        /** en-GB (and en-UK, en-IE, en-AU, en-NZ, en-IN, en-ZA: British spelling) is GB, every other tag US. */
        public static Variant of(String languageTag) {
            String t = languageTag == null ? "" : languageTag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return t.matches("en-(gb|uk|ie|au|nz|in|za)(-.*)?") ? GB : US;
        }
    }

    private static final Map<Variant, Hunspell> LOADED = new EnumMap<>(Variant.class);

    private HunspellDictionaries() {
    }

    /** The checker for a variant, loaded on first use (thread-safe: Lucene's Hunspell is). */
    public static Hunspell get(Variant variant) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(variant, HunspellDictionaries::load);
        }
    }

    /** How many dictionaries this process has loaded so far (each variant at most once). */
    public static int loads() {
        synchronized (LOADED) {
            return LOADED.size();
        }
    }

    /** Whether a variant is loaded. */
    public static boolean isLoaded(Variant variant) {
        synchronized (LOADED) {
            return LOADED.containsKey(variant);
        }
    }

    /** The affix file of a word list's package, as bytes (for the test that the packages share one). */
    public static byte[] affixFile(Variant variant) throws IOException {
        try (InputStream in = open(affixPath(variant))) {
            return in.readAllBytes();
        }
    }

    private static String affixPath(Variant variant) {
        return folder(variant.wordLists.get(0)) + "index.aff";
    }

    private static Hunspell load(Variant variant) {
        List<InputStream> words = new ArrayList<>();
        try (InputStream aff = open(affixPath(variant))) {
            for (String list : variant.wordLists) {
                words.add(open(folder(list) + "index.dic"));
            }
            words.add(new ByteArrayInputStream(medicalDic()));
            // Sorting the entries in memory, not through Lucene's offline sorter and a temporary Directory: a
            // dictionary of this size fits easily, and the offline path costs a fifth of a cold load.
            var dictionary = new org.apache.lucene.analysis.hunspell.Dictionary(aff, words, false,
                    SortingStrategy.inMemory());
            // No time limit on suggestions: with Lucene's default (250 ms wall, partial result) a word's suggestions
            // depended on the machine's load, so `check` could report different fixes for the same file. A word is
            // at most 45 letters (WordScanner), which bounds the work (a few hundred ms cold for junk words).
            return new Hunspell(dictionary, TimeoutPolicy.NO_TIMEOUT, () -> { });
        } catch (IOException | java.text.ParseException e) {
            throw new UncheckedIOException(new IOException("the " + variant + " spelling dictionary cannot be "
                    + "loaded (" + e.getMessage() + "); the bundle is damaged, reinstall Tweetorial Studio", e));
        } finally {
            words.forEach(HunspellDictionaries::closeQuietly);
        }
    }

    private static String folder(String wordList) {
        return "/spelling-dictionaries/" + wordList + "/";
    }

    /** The medical word list as a .dic: a count line, then each word; lower-case nouns take the plural flag S. */
    private static byte[] medicalDic() throws IOException {
        String text;
        try (InputStream in = open("/spelling/medical-en.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> words = WordListFile.parse(text);
        StringBuilder dic = new StringBuilder(text.length() + words.size() * 2 + 8).append(words.size()).append('\n');
        for (String w : words) {
            boolean plural = w.equals(w.toLowerCase(Locale.ROOT)) && !w.endsWith("s");
            dic.append(w).append(plural ? "/S" : "").append('\n');
        }
        return dic.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = HunspellDictionaries.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is missing");
        }
        return in;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // a resource stream of the bundle: nothing to recover
        }
    }
}
