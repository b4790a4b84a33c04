package org.tweetorial.core.internal.spelling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The bundled Hunspell dictionaries (SCOWL via the npm packages {@code dictionary-en} and {@code dictionary-en-gb},
 * fetched at build time) with the medical vocabulary ({@code spelling/medical-en.txt}) as a second word list
 * sharing the main affix file. Each variant is loaded once per process, on first use, by whichever thread asks.
 */
public final class HunspellDictionaries {

    /** Which English. */
    public enum Variant {
        US("dictionary-en"), GB("dictionary-en-gb");

        private final String folder;

        Variant(String folder) {
            this.folder = folder;
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

    private static Hunspell load(Variant variant) {
        String base = "/spelling-dictionaries/" + variant.folder + "/";
        try (InputStream aff = open(base + "index.aff"); InputStream dic = open(base + "index.dic");
                InputStream medical = new ByteArrayInputStream(medicalDic())) {
            var dictionary = new org.apache.lucene.analysis.hunspell.Dictionary(new ByteBuffersDirectory(),
                    "spelling", aff, List.of(dic, medical), false);
            return new Hunspell(dictionary, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> { });
        } catch (IOException | java.text.ParseException e) {
            throw new UncheckedIOException(new IOException("the " + variant + " spelling dictionary cannot be "
                    + "loaded (" + e.getMessage() + "); the bundle is damaged, reinstall Tweetorial Studio", e));
        }
    }

    /** The medical word list as a .dic: a count line, then each word; lower-case nouns take the plural flag S. */
    private static byte[] medicalDic() throws IOException {
        List<String> words = WordListFile.parse(new String(open("/spelling/medical-en.txt").readAllBytes(),
                StandardCharsets.UTF_8));
        StringBuilder dic = new StringBuilder().append(words.size()).append('\n');
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
}
