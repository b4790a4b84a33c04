package org.tweetorial.importer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One post of an imported thread.
 *
 * @param id      the platform's id of the post (X status id, Bluesky record key, Mastodon status URL), or its
 *                position for plain text
 * @param created when it was posted, if the source says
 * @param text    the post's plain text, links expanded, numbering still in place
 * @param images  its images, in order
 */
public record ImportedPost(String id, Optional<Instant> created, String text, List<ImportedImage> images) {

    public ImportedPost {
        images = List.copyOf(images);
    }
}
