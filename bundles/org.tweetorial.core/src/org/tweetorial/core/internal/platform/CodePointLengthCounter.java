package org.tweetorial.core.internal.platform;

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNull;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.LengthCounter;
import org.tweetorial.core.platform.PlatformProfile;

/** Platforms that publish only "N characters": Unicode code points, URLs as written. */
public record CodePointLengthCounter(@NonNull PlatformProfile profile) implements LengthCounter {

    @Override
    public Count count(String text) {
        return CountMemo.count(profile, text, this::countUncached);
    }

    /** The count without the memo. */
    public Count countUncached(String text) {
        int length = text.codePointCount(0, text.length());
        boolean valid = !text.isBlank() && length <= profile.maxLength();
        return new Count(profile.platform(), length, profile.maxLength(), valid,
                text.getBytes(StandardCharsets.UTF_8).length, 0);
    }
}
