package org.tweetorial.core.internal.platform;

import java.nio.charset.StandardCharsets;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.LengthCounter;
import org.tweetorial.core.platform.PlatformProfile;

/** X: the official twitter-text library decides, with its default (v3) configuration. */
public record XLengthCounter(PlatformProfile profile) implements LengthCounter {

    @Override
    public Count count(String text) {
        TwitterTextParseResults result = TwitterTextParser.parseTweet(text);
        return new Count(profile.platform(), result.weightedLength, profile.maxLength(), result.isValid,
                text.getBytes(StandardCharsets.UTF_8).length, 0);
    }
}
