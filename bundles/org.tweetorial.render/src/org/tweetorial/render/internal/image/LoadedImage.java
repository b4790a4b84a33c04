package org.tweetorial.render.internal.image;

/**
 * An image ready to embed.
 *
 * @param dataUri {@code data:} URI with the image bytes
 * @param width   intrinsic width in pixels
 * @param height  intrinsic height in pixels
 * @param bytes   size of the image file (for cache keys)
 * @param digest  hex digest of the bytes (for cache keys)
 */
public record LoadedImage(String dataUri, int width, int height, long bytes, String digest) {
}
