package org.tweetorial.core.internal.lint.phi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Given names and surnames, place names and English words, loaded once on first use (from the lint job, never
 * the UI thread). Each list is kept as a sorted array of 64-bit hashes of its lower-cased entries: compact,
 * quick to build from the raw bytes, and a lookup is a binary search (a false match needs a 64-bit collision).
 */
public final class PhiDictionaries {

    private static final String DIR = "/phi-dictionaries/";

    private final long[] names;
    private final long[] places;
    private final long[] words;
    private final long loadNanos;

    private PhiDictionaries(long[] names, long[] places, long[] words, long loadNanos) {
        this.names = names;
        this.places = places;
        this.words = words;
        this.loadNanos = loadNanos;
    }

    private static final class Holder {
        static final PhiDictionaries INSTANCE = load();
    }

    /** The dictionaries, loaded on the first call. */
    public static PhiDictionaries get() {
        return Holder.INSTANCE;
    }

    /** Loads the lists afresh (for benchmarks; rules use {@link #get()}). */
    public static PhiDictionaries load() {
        long t0 = System.nanoTime();
        long[] n = read("names.txt");
        long[] p = read("places.txt");
        long[] w = read("words.txt");
        return new PhiDictionaries(n, p, w, System.nanoTime() - t0);
    }

    /** How long loading took, in nanoseconds. */
    public long loadNanos() {
        return loadNanos;
    }

    /** Entries per list: names, places, words. */
    public int[] sizes() {
        return new int[] {names.length, places.length, words.length};
    }

    /** A given name or surname in the list (any case). */
    public boolean isName(String word) {
        return contains(names, word);
    }

    /** A city, town or village name in the list (any case). */
    public boolean isPlace(String word) {
        return contains(places, word);
    }

    /** An English word in the list (any case; the list holds no proper nouns). */
    public boolean isEnglishWord(String word) {
        return contains(words, word);
    }

    private static boolean contains(long[] list, String word) {
        byte[] bytes = word.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return Arrays.binarySearch(list, hash(bytes, 0, bytes.length)) >= 0;
    }

    private static long[] read(String file) {
        try (InputStream in = PhiDictionaries.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("word list " + DIR + file + " is missing from the core bundle; "
                        + "build it with Maven (it is fetched from the npm registry)");
            }
            return hashLines(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + DIR + file, e);
        }
    }

    /** Sorted, distinct hashes of the lower-cased lines (LF or CRLF) of a UTF-8 list. */
    static long[] hashLines(byte[] data) {
        long[] out = new long[Math.max(16, data.length / 6)];
        int n = 0;
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                int end = i > start && data[i - 1] == '\r' ? i - 1 : i;
                if (end > start) {
                    lowerAscii(data, start, end);
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = hash(data, start, end);
                }
                start = i + 1;
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static void lowerAscii(byte[] data, int start, int end) {
        for (int i = start; i < end; i++) {
            if (data[i] >= 'A' && data[i] <= 'Z') {
                data[i] += 'a' - 'A';
            }
        }
    }

    /** FNV-1a 64 with a final mix. */
    private static long hash(byte[] data, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            h ^= data[i] & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
