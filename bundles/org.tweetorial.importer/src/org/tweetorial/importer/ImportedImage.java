package org.tweetorial.importer;

import java.io.IOException;

/**
 * An image of an imported post.
 *
 * @param fileName the name to give the copy in {@code images/} (stable for the same archive)
 * @param alt      the alt text the platform had, empty when none
 * @param content  reads the image's bytes from the archive
 */
public record ImportedImage(String fileName, String alt, Content content) {

    /** Reads an image's bytes from where the archive keeps them. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }
}
