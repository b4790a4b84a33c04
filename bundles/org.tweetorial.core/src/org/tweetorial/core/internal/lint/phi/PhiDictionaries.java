package org.tweetorial.core.internal.lint.phi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Locale;

/**
 * Given names and surnames, place names and English words, loaded once on first use (from the lint job, never
 * the UI thread), the three lists in parallel. Each list is kept as an open-addressing table of 64-bit hashes of
 * its lower-cased entries, built straight from the raw bytes: no string per entry, no sorting; a lookup hashes
 * the word and probes (a false match needs a 64-bit collision).
 */
public final class PhiDictionaries {

    private static final String DIR = "/phi-dictionaries/";

    private final HashTable names;
    private final HashTable places;
    private final HashTable words;
    private final long loadNanos;

    private PhiDictionaries(HashTable names, HashTable places, HashTable words, long loadNanos) {
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
        CompletableFuture<HashTable> n = CompletableFuture.supplyAsync(() -> read("names.txt"));
        CompletableFuture<HashTable> p = CompletableFuture.supplyAsync(() -> read("places.txt"));
        HashTable w = read("words.txt");
        try {
            return new PhiDictionaries(n.join(), p.join(), w, System.nanoTime() - t0);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** How long loading took, in nanoseconds. */
    public long loadNanos() {
        return loadNanos;
    }

    /** Entries per list: names, places, words. */
    public int[] sizes() {
        return new int[] {names.size, places.size, words.size};
    }

    /** A given name or surname in the list (any case). */
    public boolean isName(String word) {
        return names.contains(hashOf(word));
    }

    /** A city, town or village name in the list (any case). */
    public boolean isPlace(String word) {
        return places.contains(hashOf(word));
    }

    /** An English word in the list (any case; the list holds no proper nouns). */
    public boolean isEnglishWord(String word) {
        return words.contains(hashOf(word));
    }

    private static long hashOf(String word) {
        byte[] bytes = word.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return hash(bytes, 0, bytes.length);
    }

    private static HashTable read(String file) {
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

    /** The hashes of the lower-cased lines (LF or CRLF) of a UTF-8 list. */
    static HashTable hashLines(byte[] data) {
        int lines = 0;
        for (byte b : data) {
            if (b == '\n') {
                lines++;
            }
        }
        HashTable table = new HashTable(lines + 1);
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                int end = i > start && data[i - 1] == '\r' ? i - 1 : i;
                if (end > start) {
                    table.add(hash(data, start, end));
                }
                start = i + 1;
            }
        }
        return table;
    }

    /** FNV-1a 64 over the ASCII-lower-cased bytes, with a final mix; never 0 (0 marks an empty slot). */
    private static long hash(byte[] data, int start, int end) {
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

    /** A set of non-zero longs: linear probing in a power-of-two table at most half full. */
    static final class HashTable {
        private final long[] slots;
        private final int mask;
        private int size;

        HashTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
            slots = new long[capacity];
            mask = capacity - 1;
        }

        void add(long h) {
            int i = (int) h & mask;
            while (slots[i] != 0) {
                if (slots[i] == h) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = h;
            size++;
        }

        boolean contains(long h) {
            int i = (int) h & mask;
            while (slots[i] != 0) {
                if (slots[i] == h) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }
    }
}
