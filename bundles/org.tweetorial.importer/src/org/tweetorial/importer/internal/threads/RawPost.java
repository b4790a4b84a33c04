package org.tweetorial.importer.internal.threads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.tweetorial.importer.ImportedImage;
import org.tweetorial.importer.ImportedPost;

/**
 * A post as an archive has it, before threads are rebuilt.
 *
 * @param id            its id in the archive
 * @param parentId      the id of the post it replies to, empty for a post that starts a thread
 * @param replyToOthers true when it replies to someone else's post (a conversation, not a self-thread)
 * @param created       when it was posted
 * @param text          its plain text
 * @param images        its images
 */
public record RawPost(String id, Optional<String> parentId, boolean replyToOthers, Optional<Instant> created,
        String text, List<ImportedImage> images) {

    public RawPost {
        images = List.copyOf(images);
    }

    ImportedPost toPost() {
        return new ImportedPost(id, created, text, images);
    }
}
