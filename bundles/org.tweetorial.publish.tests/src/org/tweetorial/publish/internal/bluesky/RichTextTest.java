package org.tweetorial.publish.internal.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Facets at UTF-8 byte offsets, links shortened as Bluesky shows (and counts) them. */
class RichTextTest {

    @Test
    void linkAfterEmojiAndAccentsHasByteOffsets() {
        String text = "Café ☕ et cœur 🫀 : lisez https://example.org/frank-starling-law-explained avant. #MedEd";
        RichText rich = RichText.of(text);
        RichText.Facet link = rich.facets().get(0);
        assertEquals(RichText.Kind.LINK, link.kind());
        assertEquals("https://example.org/frank-starling-law-explained", link.value());
        String before = "Café ☕ et cœur 🫀 : lisez ";
        // é, œ: 2 bytes for 1 char; ☕: 3 bytes for 1 char; 🫀: 4 bytes for 2 chars (a surrogate pair)
        assertEquals(before.length() + 1 + 1 + 2 + 2, before.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(before.getBytes(StandardCharsets.UTF_8).length, link.byteStart());
        assertEquals("example.org/frank-starli...", rich.covered(link));
        RichText.Facet tag = rich.facets().get(1);
        assertEquals(RichText.Kind.TAG, tag.kind());
        assertEquals("MedEd", tag.value());
        assertEquals("#MedEd", rich.covered(tag));
        assertTrue(rich.text().endsWith("avant. #MedEd"));
    }

    @Test
    void mentionsAndTagsWithTrailingPunctuation() {
        RichText rich = RichText.of("Merci @bob.test, et #Physiology. Pas @nobody ni mail@x.org ni #123");
        List<RichText.Facet> f = rich.facets();
        assertEquals(2, f.size(), f.toString());
        assertEquals(RichText.Kind.MENTION, f.get(0).kind());
        assertEquals("bob.test", f.get(0).value());
        assertEquals("@bob.test", rich.covered(f.get(0)));
        assertEquals("Physiology", f.get(1).value());
        assertEquals("#Physiology", rich.covered(f.get(1)));
    }

    @Test
    void linkInParenthesesAndAtTheEnd() {
        RichText rich = RichText.of("Voir (https://doi.org/10.1056/NEJMoa2021436) et https://a.org/x.");
        assertEquals(2, rich.facets().size());
        assertEquals("https://doi.org/10.1056/NEJMoa2021436", rich.facets().get(0).value());
        assertEquals("https://a.org/x", rich.facets().get(1).value());
        assertEquals("a.org/x", rich.covered(rich.facets().get(1)));
        assertTrue(rich.text().endsWith("a.org/x."), rich.text());
    }

    @Test
    void tidsIncreaseAndHaveTheSyntax() {
        String a = Tid.next();
        String b = Tid.next();
        assertTrue(Tid.valid(a), a);
        assertTrue(a.compareTo(b) < 0, a + " " + b);
        assertEquals(13, a.length());
    }
}
