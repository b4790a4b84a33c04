package org.tweetorial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link BundledFonts} and {@link Emoji}: what the PDF export sets its text with. */
class PublicTextApiTest {

    @Test
    void fallbackChainsListTheBundledFacesInOrder() throws Exception {
        List<BundledFonts.Face> regular = BundledFonts.fallbackChain(false);
        List<BundledFonts.Face> bold = BundledFonts.fallbackChain(true);
        assertEquals(List.of("Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "DejaVu Sans",
                "Droid Sans Fallback"), regular.stream().map(BundledFonts.Face::family).toList());
        assertEquals("NotoSans-Regular.ttf", BundledFonts.primary(false).fileName());
        assertEquals("NotoSans-Bold.ttf", BundledFonts.primary(true).fileName());
        assertTrue(BundledFonts.primary(true).bold());
        assertSame(regular.get(4), bold.get(4), "the CJK face has no bold and serves both chains");
        assertTrue(BundledFonts.primary(false).canDisplay('e'));
        assertFalse(BundledFonts.primary(false).canDisplay(0x4E2D));
        assertTrue(regular.get(4).canDisplay(0x4E2D));
        try (InputStream in = BundledFonts.primary(false).openTtf()) {
            byte[] head = in.readNBytes(4);
            assertEquals(0x00010000, (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8
                    | head[3] & 0xFF, "a TrueType file");
        }
    }

    @Test
    void emojiAreThoseTheCardsDrawAsImages() {
        assertTrue(Emoji.isEmoji("\uD83D\uDE00"));
        assertTrue(Emoji.isEmoji("\uD83D\uDC69\u200D\u2695\uFE0F"));
        assertFalse(Emoji.isEmoji("a"));
        assertFalse(Emoji.isEmoji("#"), "plain ASCII is text even though Twemoji has a keycap base");
        assertTrue(Emoji.hasImage("\uD83D\uDE00"));
        assertFalse(Emoji.hasImage("\u4E2D"));
    }

    @Test
    void emojiImagesAreTransparentSquaresRasterisedOnce() {
        BufferedImage img = Emoji.image("\uD83D\uDE00", 72).orElseThrow();
        assertEquals(72, img.getWidth());
        assertEquals(72, img.getHeight());
        assertEquals(0, img.getRGB(0, 0) >>> 24, "corner is transparent");
        assertTrue((img.getRGB(36, 36) >>> 24) > 0, "centre is drawn");
        assertSame(img, Emoji.image("\uD83D\uDE00", 72).orElseThrow());
        assertTrue(Emoji.image("a", 72).isEmpty());
    }
}
