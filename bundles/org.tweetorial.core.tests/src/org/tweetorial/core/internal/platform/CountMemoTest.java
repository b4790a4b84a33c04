package org.tweetorial.core.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;
import org.tweetorial.core.platform.Platforms;

/** Memoized counts equal uncached ones, for every platform and custom profiles, on varied texts. */
class CountMemoTest {

    private static final String[] PIECES = {"a", "word ", " ", ".", ". ", "e.g.", "3.5", "nejm.org",
        "https://doi.org/10.1186/s13613-016-0216-7", "http://Example.COM:80/a/very/long/path/here?q=1",
        "www.bmj.com/x", "é", "e\u0301", "—", "…", "“", "©", "‼", "™", "↔", "1\uFE0F\u20E3", "#MedEd", "＃tag",
        "日本語", "😀", "\uD83D\uDC69\u200D\u2695\uFE0F", "👍🏽", "שלום", "\n", "\r\n", "@user", "@user@mastodon.social",
        "@name.bsky.social", "(https://x.co/a).", "x.y", "ü.de", "\uD835\uDC01", "\u202E", "\uFEFF", "\t"};

    static List<String> samples(long seed, int n) {
        Random random = new Random(seed);
        List<String> samples = new ArrayList<>(List.of("", " ", "\n", "plain text only", "word ".repeat(70),
                "😀".repeat(200), "日".repeat(141), "https://example.com/" + "a".repeat(300)));
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 15);
            for (int p = 0; p < parts; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            samples.add(sb.toString());
        }
        return samples;
    }

    @Test
    void cachedCountEqualsUncached() {
        List<PlatformProfile> profiles = new ArrayList<>();
        for (Platform p : Platform.values()) {
            profiles.add(Platforms.profile(p));
        }
        profiles.add(Platforms.profile(Platform.MASTODON).withMaxLength(1000));
        profiles.add(Platforms.profile(Platform.X).withMaxLength(100));
        for (String s : samples(7, 1500)) {
            for (PlatformProfile profile : profiles) {
                var counter = Platforms.counter(profile);
                Count uncached = switch (counter) {
                    case XLengthCounter c -> c.countUncached(s);
                    case BlueskyLengthCounter c -> c.countUncached(s);
                    case MastodonLengthCounter c -> c.countUncached(s);
                    case CodePointLengthCounter c -> c.countUncached(s);
                    default -> throw new AssertionError(counter);
                };
                assertEquals(uncached, counter.count(s), profile.platform() + " first: " + s);
                assertEquals(uncached, counter.count(s), profile.platform() + " memoized: " + s);
                if (profile.platform() == Platform.MASTODON || profile.equals(Platforms.profile(profile.platform()))) {
                    assertEquals(uncached, Platforms.count(profile.platform(), s, profile.maxLength()),
                            profile.platform() + " via Platforms: " + s);
                }
            }
        }
    }

    @Test
    void xCountIsTwitterTextsDefaultParse() {
        for (String s : samples(11, 1500)) {
            TwitterTextParseResults expected = TwitterTextParser.parseTweet(s);
            Count count = Platforms.count(Platform.X, s);
            assertEquals(expected.weightedLength, count.length(), s);
            assertEquals(expected.isValid, count.valid(), s);
        }
    }

    @Test
    void profilesWithOtherLimitsAreKeptApart() {
        String text = "word ".repeat(110);
        Count standard = Platforms.count(Platform.MASTODON, text);
        Count large = Platforms.count(Platform.MASTODON, text, 1000);
        assertEquals(500, standard.limit());
        assertEquals(1000, large.limit());
        assertNotEquals(standard.fits(), large.fits());
        assertEquals(standard, Platforms.count(Platform.MASTODON, text));
    }
}
