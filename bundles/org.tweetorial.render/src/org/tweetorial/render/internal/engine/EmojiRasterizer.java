package org.tweetorial.render.internal.engine;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.tweetorial.render.internal.emoji.EmojiImages;
import org.tweetorial.render.internal.text.FontRegistry;
import org.w3c.dom.Element;

/** Rasterises Twemoji images (sanitised, as on the cards) on the {@link RenderThread}; one raster per name and size. */
public final class EmojiRasterizer {

    private static final Map<String, Optional<BufferedImage>> RASTERS = new ConcurrentHashMap<>();

    private EmojiRasterizer() {
    }

    /** The grapheme's Twemoji image as a transparent square of {@code pixels} pixels, empty when there is none. */
    public static Optional<BufferedImage> image(String grapheme, int pixels) {
        Optional<String> name = EmojiImages.get().fileName(grapheme);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<BufferedImage> image = RASTERS.computeIfAbsent(name.get() + "@" + pixels,
                k -> rasterise(grapheme, pixels));
        return image == null ? Optional.empty() : image;
    }

    private static Optional<BufferedImage> rasterise(String grapheme, int pixels) {
        try {
            return RenderThread.call(() -> {
                Optional<Element> svg = EmojiImages.get().svg(grapheme);
                if (svg.isEmpty()) {
                    return Optional.<BufferedImage>empty();
                }
                SafeUserAgent agent = new SafeUserAgent(pixels, pixels,
                        new BundledFontFamilyResolver(FontRegistry.get()));
                return Optional.ofNullable(new CardTranscoder(agent, pixels, pixels, null)
                        .render(svg.get().getOwnerDocument()));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null; // not cached: a later call tries again
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }
}
