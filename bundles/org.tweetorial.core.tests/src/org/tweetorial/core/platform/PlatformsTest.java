package org.tweetorial.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlatformsTest {

    static final String WOMAN_HEALTH_WORKER = "\uD83D\uDC69\u200D\u2695\uFE0F";
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    static final String FLAG_UK = "\uD83C\uDDEC\uD83C\uDDE7";
    static final String KEYCAP_ONE = "1\uFE0F\u20E3";
    static final String THUMBS_UP_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD";
    static final String E_COMBINING_ACUTE = "e\u0301";

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("ascii", "hello", 5, 5, 5, 5),
                Arguments.of("emoji", "😀", 2, 1, 1, 1),
                Arguments.of("zwj", WOMAN_HEALTH_WORKER, 2, 1, 1, 4),
                Arguments.of("family zwj", FAMILY, 2, 1, 1, 7),
                Arguments.of("flag", FLAG_UK, 2, 1, 1, 2),
                Arguments.of("keycap", KEYCAP_ONE, 2, 1, 1, 3),
                Arguments.of("skin tone", THUMBS_UP_MEDIUM, 2, 1, 1, 2),
                Arguments.of("cjk", "日本語", 6, 3, 3, 3),
                Arguments.of("hebrew rtl", "שלום", 4, 4, 4, 4),
                Arguments.of("arabic rtl", "مرحبا", 5, 5, 5, 5),
                Arguments.of("combining mark", E_COMBINING_ACUTE, 1, 1, 1, 2),
                Arguments.of("em dash weighs 1", "a—b", 3, 3, 3, 3),
                Arguments.of("ellipsis weighs 2", "a…", 3, 2, 2, 2),
                Arguments.of("curly quotes weigh 1", "“a”", 3, 3, 3, 3));
    }

    /** Columns: X weighted length (hand-checked against the v3 weights), Bluesky, Mastodon, Threads. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void countsEachPlatform(String name, String text, int x, int bluesky, int mastodon, int threads) {
        assertEquals(x, Platforms.count(Platform.X, text).length(), "x");
        assertEquals(bluesky, Platforms.count(Platform.BLUESKY, text).length(), "bluesky");
        assertEquals(mastodon, Platforms.count(Platform.MASTODON, text).length(), "mastodon");
        assertEquals(threads, Platforms.count(Platform.THREADS, text).length(), "threads");
        assertEquals(threads, Platforms.count(Platform.LINKEDIN, text).length(), "linkedin");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void xEqualsTwitterTextItself(String name, String text) {
        TwitterTextParseResults expected = TwitterTextParser.parseTweet(text);
        Count count = Platforms.count(Platform.X, text);
        assertEquals(expected.weightedLength, count.length());
        assertEquals(expected.isValid, count.valid());
    }

    @ParameterizedTest
    @CsvSource({
        "'https://www.nejm.org/doi/full/10.1056/NEJMoa1911303', 23",
        "'see https://example.com/a', 27",
        "'example.com', 23",
        "'', 0"})
    void xUrlsCount23AsTwitterTextSays(String text, int expected) {
        assertEquals(expected, Platforms.count(Platform.X, text).length());
        assertEquals(TwitterTextParser.parseTweet(text).weightedLength, expected);
    }

    @Test
    void xLimitIs280Weighted() {
        assertTrue(Platforms.count(Platform.X, "x".repeat(280)).valid());
        assertFalse(Platforms.count(Platform.X, "x".repeat(281)).valid());
        assertEquals(280, Platforms.count(Platform.X, "日".repeat(140)).length());
        Count over = Platforms.count(Platform.X, "日".repeat(141));
        assertFalse(over.valid());
        assertEquals(2, over.over());
        assertFalse(Platforms.count(Platform.X, "").valid(), "twitter-text: empty text is not valid");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.nejm.org/doi/full/10.1056/NEJMoa1911303|www.nejm.org/doi/full/10....",
        "https://bsky.app/profile|bsky.app/profile",
        "https://example.com/|example.com",
        "HTTPS://Example.COM:443/abc|example.com/abc",
        "see https://example.com/.|see example.com.",
        "(https://example.com/x)|(example.com/x)",
        "https://a.org/abcdefghijklmn|a.org/abcdefghijklmn",
        "https://a.org/abcdefghijklmno|a.org/abcdefghijkl...",
        "http://user@A.org:80/?q=1|a.org?q=1",
        "two https://a.org/1234567890abcdef and http://b.org/x|two a.org/1234567890ab... and b.org/x"})
    void blueskyShortensLinksLikeTheApp(String text, String shown) {
        assertEquals(shown.length(), Platforms.count(Platform.BLUESKY, text).length());
        assertEquals(shown, Platforms.blueskyDisplayText(text), "what publishing sends is what is counted");
    }

    @Test
    void blueskyHasGraphemeAndByteLimits() {
        assertTrue(Platforms.count(Platform.BLUESKY, "a".repeat(300)).valid());
        assertFalse(Platforms.count(Platform.BLUESKY, "a".repeat(301)).valid());
        Count families = Platforms.count(Platform.BLUESKY, FAMILY.repeat(150));
        assertEquals(150, families.length());
        assertEquals(150 * 25, families.bytes());
        assertEquals(3000, families.byteLimit());
        assertFalse(families.valid(), "150 graphemes but 3750 UTF-8 bytes");
        assertEquals(750, families.bytesOver());
    }

    @Test
    void mastodonCountsUrlsAs23AndMentionsWithoutDomain() {
        assertEquals(4 + 23, Platforms.count(Platform.MASTODON, "see https://example.com/a/very/long/path/x")
                .length());
        assertEquals("@alice hi".length(), Platforms.count(Platform.MASTODON, "@alice@mastodon.social hi")
                .length());
        assertEquals(11, Platforms.count(Platform.MASTODON, "example.com").length(), "no protocol, no link");
        assertTrue(Platforms.count(Platform.MASTODON, "a".repeat(500)).valid());
        assertFalse(Platforms.count(Platform.MASTODON, "a".repeat(501)).valid());
        assertTrue(Platforms.count(Platform.MASTODON, "a".repeat(900), 1000).valid(), "instance limit");
    }

    @Test
    void threadsAndLinkedInLimits() {
        assertTrue(Platforms.count(Platform.THREADS, "a".repeat(500)).valid());
        assertFalse(Platforms.count(Platform.THREADS, "a".repeat(501)).valid());
        assertTrue(Platforms.count(Platform.LINKEDIN, "a".repeat(3000)).valid());
        assertFalse(Platforms.count(Platform.LINKEDIN, "a".repeat(3001)).valid());
    }

    @Test
    void profilesCarryTheirNumbersAndSources() {
        PlatformProfile x = Platforms.profile(Platform.X);
        assertEquals(280, x.maxLength());
        assertEquals(23, x.urlLength());
        assertEquals(4, x.maxImages());
        assertEquals(5L * 1024 * 1024, x.maxImageBytes());
        assertEquals(1000, x.maxAltLength());
        PlatformProfile bsky = Platforms.profile(Platform.BLUESKY);
        assertEquals(300, bsky.maxLength());
        assertEquals(3000, bsky.maxBytes());
        assertEquals(2_000_000, bsky.maxImageBytes());
        assertEquals(2000, bsky.maxAltLength());
        assertEquals(1500, Platforms.profile(Platform.MASTODON).maxAltLength());
        for (Platform p : Platform.values()) {
            assertTrue(Platforms.profile(p).sources().containsKey("maxLength"), p + " cites its length source");
        }
    }

    @Test
    void platformIds() {
        assertEquals(Platform.X, Platform.byId("twitter").orElseThrow());
        assertEquals(Platform.BLUESKY, Platform.byId(" Bluesky ").orElseThrow());
        assertTrue(Platform.byId("myspace").isEmpty());
    }
}
