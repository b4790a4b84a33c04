package org.tweetorial.core.internal.text;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A bounded, thread-safe LRU memo of a pure function of (mostly) text. The editor parses and lints the whole
 * document on every keystroke, and nearly all posts are unchanged from the previous run, so their counts, masked
 * text and PHI findings are looked up here instead of computed again. Bounded both by entries and by the total
 * weight (characters) of the keys, so a few huge texts cannot pin much memory. Values must be immutable.
 * The value is computed outside the lock; two threads computing the same key at once both compute it (same result).
 */
public final class TextMemo<K, V> {

    /** {@code -Dtweetorial.memo=false} turns every memo off (to measure the uncached cost). */
    static final boolean ENABLED = !"false".equals(System.getProperty("tweetorial.memo"));

    /** Every memo made, so tests can compare cached with fresh results ({@link #clearAll}). */
    private static final List<TextMemo<?, ?>> ALL = new CopyOnWriteArrayList<>();

    private final int maxEntries;
    private final long maxWeight;
    private final ToIntFunction<K> weigher;
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    /**
     * @param maxEntries at most this many entries are kept
     * @param maxWeight  at most this total key weight is kept (keys heavier than this are not stored at all)
     * @param weigher    a key's weight, e.g. its text's length
     */
    public TextMemo(int maxEntries, long maxWeight, ToIntFunction<K> weigher) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        ALL.add(this);
    }

    /** Empties every memo (for tests: results must not depend on what was memoized before). */
    public static void clearAll() {
        ALL.forEach(TextMemo::clear);
    }

    /** The memoized value of {@code key}, computed with {@code compute} (a pure function) when absent. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        if (!ENABLED) {
            return compute.apply(key);
        }
        synchronized (this) {
            V v = map.get(key);
            if (v != null) {
                return v;
            }
        }
        V v = compute.apply(key);
        int w = weigher.applyAsInt(key);
        if (v == null || w > maxWeight) {
            return v;
        }
        synchronized (this) {
            if (map.put(key, v) == null) {
                weight += w;
            }
            Iterator<Map.Entry<K, V>> eldest = map.entrySet().iterator();
            while ((map.size() > maxEntries || weight > maxWeight) && eldest.hasNext()) {
                weight -= weigher.applyAsInt(eldest.next().getKey());
                eldest.remove();
            }
        }
        return v;
    }

    public synchronized int size() {
        return map.size();
    }

    /** Total weight of the stored keys. */
    public synchronized long weight() {
        return weight;
    }

    public synchronized void clear() {
        map.clear();
        weight = 0;
    }
}
