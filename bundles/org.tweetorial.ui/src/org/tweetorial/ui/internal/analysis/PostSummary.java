package org.tweetorial.ui.internal.analysis;

import java.util.Map;

import org.tweetorial.core.model.Post;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;

/**
 * One post with its length on each platform the workbench shows.
 *
 * @param post   the parsed post
 * @param counts the post's count per platform (X, Bluesky, Mastodon and the thread's own platforms)
 */
public record PostSummary(Post post, Map<Platform, Count> counts) {

    public PostSummary {
        counts = Map.copyOf(counts);
    }

    public Count count(Platform platform) {
        return counts.get(platform);
    }

    /** Ok, near the limit (90 % or more) or over it, on a platform. */
    public LengthState state(Platform platform) {
        return LengthState.of(count(platform));
    }

    /** The first words of the post, for lists. */
    public String firstWords(int maxChars) {
        String text = post.heading().orElse(post.body()).strip().replaceAll("\\s+", " ");
        return text.length() <= maxChars ? text : text.substring(0, maxChars - 1).strip() + "\u2026";
    }
}
