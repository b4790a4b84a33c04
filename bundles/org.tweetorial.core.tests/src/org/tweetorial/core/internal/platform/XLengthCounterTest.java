package org.tweetorial.core.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

import org.junit.jupiter.api.Test;

/** The fast path (emoji scan off where no emoji is possible) gives exactly twitter-text's default result. */
class XLengthCounterTest {

    private static final String[] PIECES = {"a", "Z", " ", ".", ". ", "e.g.", "3.5", "nejm.org", "https://x.co/a",
        "www.bmj.com/x", "é", "e\u0301", "—", "…", "“", "©", "®", "‼", "1\uFE0F\u20E3", "#", "*", "日", "😀",
        "\uD83D\uDC69\u200D\u2695\uFE0F", "שלום", "\n", "@user", "#MedEd", "x.y", ".c", "ü.de", "ab.рф", "™", "↔", "▶", "⌚", "\u2049",
        "\u203C\uFE0F", "0\uFE0F\u20E3", "#\u20E3", "\u00A9\uFE0F", "\u200D", "\uFE0F", "👍🏽", "🇬🇧", "\u2122\uFE0F"};

    @Test
    void fastPathsMatchTwitterText() {
        Random random = new Random(42);
        List<String> samples = new ArrayList<>(List.of("", "plain text only", "ends with a dot."));
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int i = 0; i < parts; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            samples.add(sb.toString());
        }
        for (String s : samples) {
            TwitterTextParseResults expected = TwitterTextParser.parseTweet(s);
            TwitterTextParseResults actual = XLengthCounter.parse(s);
            assertEquals(expected.weightedLength, actual.weightedLength, s);
            assertEquals(expected.isValid, actual.isValid, s);
        }
    }
}
