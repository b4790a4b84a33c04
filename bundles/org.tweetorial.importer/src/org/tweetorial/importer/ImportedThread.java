package org.tweetorial.importer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.tweetorial.importer.internal.text.ThreadNumbering;

/**
 * A thread found in a source: a post and its chain of self-replies.
 *
 * @param id     the id of its first post; what {@code --thread} selects
 * @param kind   the source it comes from
 * @param author who posted it
 * @param posts  the posts in thread order
 */
public record ImportedThread(String id, SourceKind kind, Author author, List<ImportedPost> posts) {

    private static final int SUMMARY_LENGTH = 80;

    public ImportedThread {
        posts = List.copyOf(posts);
        if (posts.isEmpty()) {
            throw new IllegalArgumentException("a thread has at least one post");
        }
    }

    /** The first post's text without numbering, on one line, shortened to about 80 characters, for lists. */
    public String firstPost() {
        String line = ThreadNumbering.strip(posts.get(0).text(), 1, posts.size()).replaceAll("\\s+", " ");
        return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1).strip() + "…";
    }

    /** When the first post was posted, if known. */
    public Optional<Instant> date() {
        return posts.get(0).created();
    }

    /** The number of posts. */
    public int length() {
        return posts.size();
    }
}
