package org.tweetorial.core.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.SourceRange;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;

/** What a rule sees. Expensive facts (counts, masked text, file sizes) are computed once and shared. */
public interface LintContext {

    Tweetorial tweetorial();

    LintOptions options();

    /** The platforms to check, in declaration order. */
    List<Platform> platforms();

    /** The profile in effect (Mastodon with the front matter's limit). */
    PlatformProfile profile(Platform platform);

    Count count(Post post, Platform platform);

    /**
     * The post's Markdown with URLs, DOIs, PMIDs and e-mail-free link targets blanked out (same length and
     * offsets), for rules that look for numbers and dates.
     */
    String maskedMarkdown(Post post);

    /** Offset of the post's Markdown in the file. */
    default int offsetOf(Post post) {
        return post.range().startOffset();
    }

    /** A range in the file from offsets in the file. */
    SourceRange range(int startOffset, int endOffset);

    /** The file an image path refers to, if the path is local. */
    Optional<Path> resolveImage(String path);

    /** The size of a file in bytes, -1 if it cannot be read. */
    long fileSize(Path file);
}
