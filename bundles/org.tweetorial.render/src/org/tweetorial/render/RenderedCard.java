package org.tweetorial.render;

import java.util.List;

/**
 * A rendered card.
 *
 * @param bytes    PNG or SVG (UTF-8) bytes; do not modify
 * @param format   format of {@code bytes}
 * @param width    pixel width
 * @param height   pixel height
 * @param altText  alt text for the card
 * @param warnings things the author should know (images refused, characters replaced, text cut)
 * @param key      content hash used as cache key
 */
public record RenderedCard(byte[] bytes, OutputFormat format, int width, int height, String altText,
        List<String> warnings, String key) {

    public RenderedCard {
        warnings = List.copyOf(warnings);
    }
}
