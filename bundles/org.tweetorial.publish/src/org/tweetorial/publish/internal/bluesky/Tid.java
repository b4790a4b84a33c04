package org.tweetorial.publish.internal.bluesky;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timestamp identifiers, atproto's record keys: 64 bits (the top one 0, 53 bits of microseconds since 1970, 10 bits
 * of clock id) as 13 characters of base32-sortable. Keys made by one process only increase, so a thread's records
 * sort in thread order.
 */
public final class Tid {

    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final AtomicLong LAST = new AtomicLong();
    private static final long CLOCK_ID = ThreadLocalRandom.current().nextLong(1024);

    private Tid() {
    }

    /** A new TID, later than every TID this process made before. */
    public static String next() {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        long t = LAST.updateAndGet(last -> Math.max(last + 1, micros));
        return encode((t << 10) | CLOCK_ID);
    }

    static String encode(long value) {
        char[] out = new char[13];
        long v = value;
        for (int i = 12; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (v & 31));
            v >>>= 5;
        }
        return new String(out);
    }

    /** Whether {@code s} has a TID's syntax. */
    public static boolean valid(String s) {
        return s.matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
    }
}
