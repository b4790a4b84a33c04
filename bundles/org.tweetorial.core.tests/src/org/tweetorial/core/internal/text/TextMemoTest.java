package org.tweetorial.core.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The memo returns what the function returns, computes once per kept key, and stays within its bounds. */
class TextMemoTest {

    @Test
    void computesOnceAndReturnsTheFunctionsValue() {
        TextMemo<String, Integer> memo = new TextMemo<>(10, 1000, String::length);
        AtomicInteger calls = new AtomicInteger();
        assertEquals(5, memo.get("hello", s -> calls.incrementAndGet() * 0 + s.length()));
        assertEquals(5, memo.get("hello", s -> calls.incrementAndGet() * 0 + s.length()));
        assertEquals(1, calls.get());
    }

    @Test
    void boundedByEntriesLeastRecentlyUsedFirst() {
        TextMemo<String, String> memo = new TextMemo<>(3, 1000, String::length);
        memo.get("a", String::toUpperCase);
        memo.get("b", String::toUpperCase);
        memo.get("c", String::toUpperCase);
        memo.get("a", s -> "recomputed"); // a is used again, so b is the eldest
        memo.get("d", String::toUpperCase);
        assertEquals(3, memo.size());
        assertEquals("A", memo.get("a", s -> "recomputed"), "recently used entry kept");
        assertEquals("recomputed", memo.get("b", s -> "recomputed"), "eldest entry evicted");
    }

    @Test
    void boundedByWeight() {
        TextMemo<String, Integer> memo = new TextMemo<>(1000, 10, String::length);
        for (int i = 0; i < 50; i++) {
            memo.get("key" + i, String::length);
            assertTrue(memo.weight() <= 10, "weight " + memo.weight());
        }
        assertEquals(11, memo.get("x".repeat(11), String::length), "too heavy keys are computed");
        assertTrue(memo.weight() <= 10);
        memo.clear();
        assertEquals(0, memo.size());
        assertEquals(0, memo.weight());
    }
}
