package org.tweetorial.render;

import java.awt.image.BufferedImage;
import java.util.Optional;

import org.tweetorial.render.internal.emoji.EmojiImages;
import org.tweetorial.render.internal.engine.EmojiRasterizer;
import org.tweetorial.render.internal.text.EmojiClusters;

/**
 * The Twemoji images cards draw emoji with, for outputs that must show the same emoji (the PDF handout and slides).
 * Thread-safe: images are rasterised on the renderer's worker thread, where all Batik work happens.
 */
public final class Emoji {

    private Emoji() {
    }

    /** True when the cards draw this grapheme cluster as a Twemoji image (an emoji the bundled set has). */
    public static boolean isEmoji(String grapheme) {
        return EmojiClusters.isEmoji(grapheme) && EmojiImages.get().isAvailable(grapheme);
    }

    /** True when the bundled set has an image for this grapheme cluster, whether or not it looks like an emoji. */
    public static boolean hasImage(String grapheme) {
        return EmojiImages.get().isAvailable(grapheme);
    }

    /**
     * The grapheme's image as a transparent {@code pixels}x{@code pixels} raster, or empty when the set has none.
     * Rasterised once per process and size; callers must not modify the image.
     */
    public static Optional<BufferedImage> image(String grapheme, int pixels) {
        return EmojiRasterizer.image(grapheme, pixels);
    }
}
