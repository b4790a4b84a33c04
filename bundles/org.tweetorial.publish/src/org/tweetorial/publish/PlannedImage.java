package org.tweetorial.publish;

import java.nio.file.Path;

/**
 * One image of a post as it will be uploaded: an exported card, re-encoded when over the platform's limit.
 *
 * @param file      the exported card file the bytes come from
 * @param mimeType  {@code image/png} or {@code image/jpeg}
 * @param bytes     the bytes to upload (held by the plan; cards are small)
 * @param width     pixels
 * @param height    pixels
 * @param alt       the alt text
 * @param reencoded how the card was made smaller to fit, empty when it is sent as exported
 */
public record PlannedImage(Path file, String mimeType, byte[] bytes, int width, int height, String alt,
        String reencoded) {

    public long size() {
        return bytes.length;
    }
}
