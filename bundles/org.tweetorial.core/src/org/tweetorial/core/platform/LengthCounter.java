package org.tweetorial.core.platform;

/** Counts a text the way one platform does. Implementations are thread-safe. */
public interface LengthCounter {

    PlatformProfile profile();

    Count count(String text);
}
