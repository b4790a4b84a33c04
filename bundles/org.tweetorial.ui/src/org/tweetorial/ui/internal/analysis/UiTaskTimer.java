package org.tweetorial.ui.internal.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures the UI-thread work the tweetorial machinery does (applying snapshots to the editor and views), so that a
 * benchmark can report the longest task. Cheap enough to stay on in production.
 */
public final class UiTaskTimer {

    private static final Map<String, LongAccumulator> MAX_NANOS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    private static final LongAdder TOTAL_NANOS = new LongAdder();
    private static int depth;

    private UiTaskTimer() {
    }

    /** Runs a UI-thread task and records how long it took under a name. */
    public static void run(String name, Runnable task) {
        long start = System.nanoTime();
        depth++;
        try {
            task.run();
        } finally {
            depth--;
            long elapsed = System.nanoTime() - start;
            if (depth == 0) {
                TOTAL_NANOS.add(elapsed);
            }
            MAX_NANOS.computeIfAbsent(name, n -> new LongAccumulator(Math::max, 0)).accumulate(elapsed);
            COUNTS.computeIfAbsent(name, n -> new LongAdder()).increment();
        }
    }

    /** The longest recorded task per name, in milliseconds. */
    public static Map<String, Double> maxMillis() {
        Map<String, Double> result = new java.util.TreeMap<>();
        MAX_NANOS.forEach((name, max) -> result.put(name, max.get() / 1_000_000.0));
        return result;
    }

    public static Map<String, Long> counts() {
        Map<String, Long> result = new java.util.TreeMap<>();
        COUNTS.forEach((name, count) -> result.put(name, count.sum()));
        return result;
    }

    /** The time spent in outermost timed tasks so far, in nanoseconds (nested tasks count once). */
    public static long totalNanos() {
        return TOTAL_NANOS.sum();
    }

    public static void reset() {
        MAX_NANOS.clear();
        COUNTS.clear();
    }
}
