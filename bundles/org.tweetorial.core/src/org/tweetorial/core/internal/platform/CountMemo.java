package org.tweetorial.core.internal.platform;

import java.util.function.Function;

import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;

/**
 * Memo of (profile, text) to count, shared by every counter: the thread model, the length rule, the split fix
 * and the editor all count the same posted texts, and re-parses see mostly unchanged posts. The key holds every
 * profile field a counter reads (platform, maxLength, maxBytes, urlLength), so equal keys give equal counts.
 */
public final class CountMemo {

    record Key(Platform platform, int maxLength, int maxBytes, int urlLength, String text) {
    }

    /** About 5 000 posts on 3 platforms, or 2 M chars of text (4 MB), whichever is reached first. */
    private static final TextMemo<Key, Count> MEMO = new TextMemo<>(16_384, 2_000_000, k -> k.text().length());

    private CountMemo() {
    }

    static Count count(PlatformProfile profile, String text, Function<String, Count> compute) {
        return MEMO.get(new Key(profile.platform(), profile.maxLength(), profile.maxBytes(), profile.urlLength(),
                text), k -> compute.apply(k.text()));
    }

    /** For tests. */
    static TextMemo<Key, Count> memo() {
        return MEMO;
    }
}
