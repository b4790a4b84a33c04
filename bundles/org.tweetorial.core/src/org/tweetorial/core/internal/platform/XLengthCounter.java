package org.tweetorial.core.internal.platform;

import java.nio.charset.StandardCharsets;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.LengthCounter;
import org.tweetorial.core.platform.PlatformProfile;

/**
 * X: the official twitter-text library decides, with its default (v3) configuration. Its emoji scan is most of
 * its cost; for a text without any character an emoji can contain, the same default configuration with emoji
 * parsing switched off gives the identical result (tested), so that one is used there; likewise its URL scan is
 * skipped (twitter-text's own parseTweetWithoutUrlExtraction) when no URL is possible.
 */
public record XLengthCounter(PlatformProfile profile) implements LengthCounter {

    private static final TwitterTextConfiguration DEFAULT = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
    private static final TwitterTextConfiguration WITHOUT_EMOJI_SCAN = new TwitterTextConfiguration.Builder()
            .setVersion(DEFAULT.getVersion()).setMaxWeightedTweetLength(DEFAULT.getMaxWeightedTweetLength())
            .setScale(DEFAULT.getScale()).setDefaultWeight(DEFAULT.getDefaultWeight())
            .setTransformedURLLength(DEFAULT.getTransformedURLLength()).setRanges(DEFAULT.getRanges())
            .setEmojiParsingEnabled(false).build();

    @Override
    public Count count(String text) {
        TwitterTextParseResults result = parse(text);
        return new Count(profile.platform(), result.weightedLength, profile.maxLength(), result.isValid,
                text.getBytes(StandardCharsets.UTF_8).length, 0);
    }

    static TwitterTextParseResults parse(String text) {
        if (!mayContainUrl(text)) {
            return TwitterTextParser.parseTweetWithoutUrlExtraction(text);
        }
        return TwitterTextParser.parseTweet(text, mayContainEmoji(text) ? DEFAULT : WITHOUT_EMOJI_SCAN);
    }

    /**
     * False only if no "." is directly followed by a letter: every URL twitter-text extracts, with or without
     * protocol, has a host with a dot before a letter-initial TLD.
     */
    static boolean mayContainUrl(String text) {
        for (int i = text.indexOf('.'); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            if (Character.isLetter(text.codePointAt(i + 1))) {
                return true;
            }
        }
        return false;
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
