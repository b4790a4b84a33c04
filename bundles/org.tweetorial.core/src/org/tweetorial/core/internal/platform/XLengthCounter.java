package org.tweetorial.core.internal.platform;

import java.nio.charset.StandardCharsets;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

import org.eclipse.jdt.annotation.NonNull;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.LengthCounter;
import org.tweetorial.core.platform.PlatformProfile;

/**
 * X: the official twitter-text library decides, with its default (v3) configuration. Its emoji scan is most of
 * its cost; for a text without any character an emoji can contain, the same default configuration with emoji
 * parsing switched off gives the identical result (tested against plain {@code parseTweet}), so that one is used
 * there. (twitter-text 3.1.0 runs its URL extraction in every parse, {@code parseTweetWithoutUrlExtraction}
 * included, and that one keeps the emoji scan: it is no shortcut.) Counts are memoized per text
 * ({@link CountMemo}).
 */
public record XLengthCounter(@NonNull PlatformProfile profile) implements LengthCounter {

    private static final TwitterTextConfiguration DEFAULT = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
    private static final TwitterTextConfiguration WITHOUT_EMOJI_SCAN = new TwitterTextConfiguration.Builder()
            .setVersion(DEFAULT.getVersion()).setMaxWeightedTweetLength(DEFAULT.getMaxWeightedTweetLength())
            .setScale(DEFAULT.getScale()).setDefaultWeight(DEFAULT.getDefaultWeight())
            .setTransformedURLLength(DEFAULT.getTransformedURLLength()).setRanges(DEFAULT.getRanges())
            .setEmojiParsingEnabled(false).build();

    @Override
    public Count count(String text) {
        return CountMemo.count(profile, text, this::countUncached);
    }

    /** The count without the memo. */
    public Count countUncached(String text) {
        TwitterTextParseResults result = parse(text);
        return new Count(profile.platform(), result.weightedLength, profile.maxLength(), result.isValid,
                text.getBytes(StandardCharsets.UTF_8).length, 0);
    }

    static TwitterTextParseResults parse(String text) {
        return TwitterTextParser.parseTweet(text, mayContainEmoji(text) ? DEFAULT : WITHOUT_EMOJI_SCAN);
    }

    /**
     * False only if every char is below U+2100 and none is © ® ‼ ⁉ or the keycap mark: no emoji sequence can be
     * built from such chars (all emoji and their modifiers, ZWJ sequences aside, lie above or are listed here).
     */
    static boolean mayContainEmoji(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2100 || c == 0xA9 || c == 0xAE || c == 0x203C || c == 0x2049 || c == 0x20E3) {
                return true;
            }
        }
        return false;
    }
}
