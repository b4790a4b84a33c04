package org.tweetorial.core.internal.lint.phi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Given names and surnames, place names and English words, loaded once on first use (from the lint job, never
 * the UI thread). The build turns each word list into the sorted, distinct 64-bit hashes of its lower-cased entries
 * ({@code build-tools/PhiListHasher.java}), so loading is one bulk read per list and a lookup is a binary search
 * (a false match needs a 64-bit collision).
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
        long[] n = read("names.bin");
        long[] p = read("places.bin");
        long[] w = read("words.bin");
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
        return Arrays.binarySearch(names, hashOf(word)) >= 0;
    }

    /** A city, town or village name in the list (any case). */
    public boolean isPlace(String word) {
        return Arrays.binarySearch(places, hashOf(word)) >= 0;
    }

    /** An English word in the list (any case; the list holds no proper nouns). */
    public boolean isEnglishWord(String word) {
        return Arrays.binarySearch(words, hashOf(word)) >= 0;
    }

    private static long hashOf(String word) {
        byte[] bytes = word.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return hash(bytes, 0, bytes.length);
    }

    private static long[] read(String file) {
        try (InputStream in = PhiDictionaries.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("word list " + DIR + file + " is missing from the core bundle; "
                        + "build it with Maven (it is fetched from the npm registry)");
            }
            byte[] data = in.readAllBytes();
            long[] hashes = new long[data.length / Long.BYTES];
            ByteBuffer.wrap(data).asLongBuffer().get(hashes);
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + DIR + file, e);
        }
    }

    /** FNV-1a 64 over the ASCII-lower-cased bytes, with a final mix; never 0. Same as the build's PhiListHasher. */
    static long hash(byte[] data, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            int b = data[i] & 0xff;
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
