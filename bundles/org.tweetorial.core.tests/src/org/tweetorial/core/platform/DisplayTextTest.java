package org.tweetorial.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.text.Entity;
import org.tweetorial.core.text.Graphemes;

class DisplayTextTest {

    private static final String POST = "Trial: https://www.nejm.org/doi/full/10.1056/NEJMoa2021436 via @amara #MedEd";

    @Test
    void xShowsTheApiDisplayUrl() {
        DisplayText shown = DisplayText.of(POST, Platform.X);
        assertEquals("Trial: nejm.org/doi/full/10.105\u2026 via @amara #MedEd", shown.text());
    }

    @Test
    void blueskyCutsALongPathTo13Characters() {
        assertEquals("Trial: www.nejm.org/doi/full/10.... via @amara #MedEd",
                DisplayText.of(POST, Platform.BLUESKY).text());
        assertEquals("See bsky.app/about", DisplayText.of("See https://bsky.app/about", Platform.BLUESKY).text());
    }

    @Test
    void blueskyShowsWhatIsCountedAndPosted() {
        for (String text : new String[] {POST, "See HTTPS://Example.COM:443/abc and https://a.org/abcdefghijklmno",
                "Path of 15 kept: https://a.org/abcdefghijklmn", "bare example.org/a/very/long/path/here stays"}) {
            String shown = DisplayText.of(text, Platform.BLUESKY).text();
            assertEquals(Platforms.blueskyDisplayText(text), shown, text);
            assertEquals(Graphemes.count(shown), Platforms.count(Platform.BLUESKY, text).length(), text);
        }
    }

    @Test
    void mastodonHidesTheSchemeAndShowsThirtyCharacters() {
        assertEquals("Trial: nejm.org/doi/full/10.1056/NEJ\u2026 via @amara #MedEd",
                DisplayText.of(POST, Platform.MASTODON).text());
    }

    @Test
    void linkedInShowsALongLinkAsAShortLink() {
        assertEquals("Trial: lnkd.in/\u2026 via @amara #MedEd", DisplayText.of(POST, Platform.LINKEDIN).text());
        assertEquals("Go to nice.org.uk", DisplayText.of("Go to https://nice.org.uk", Platform.LINKEDIN).text());
    }

    @Test
    void entitiesPointIntoTheShownTextAndKeepTheAddress() {
        DisplayText shown = DisplayText.of(POST, Platform.X);
        Entity link = shown.entities().get(0);
        assertEquals("nejm.org/doi/full/10.105\u2026", shown.text().substring(link.start(), link.end()));
        assertEquals("https://www.nejm.org/doi/full/10.1056/NEJMoa2021436", link.text());
        Entity tag = shown.entities().get(2);
        assertEquals("#MedEd", shown.text().substring(tag.start(), tag.end()));
    }

    @Test
    void shortLinksAndTextWithoutLinksAreUnchanged() {
        assertEquals("no links here \uD83E\uDDE0", DisplayText.of("no links here \uD83E\uDDE0", Platform.X).text());
        assertEquals("see nice.org.uk", DisplayText.of("see https://nice.org.uk", Platform.X).text());
    }
}
