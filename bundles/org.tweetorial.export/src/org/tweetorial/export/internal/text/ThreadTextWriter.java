package org.tweetorial.export.internal.text;

import java.nio.charset.StandardCharsets;

import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;

/**
 * {@code thread.txt}: every post exactly as it will be posted, numbered and separated by a rule line that is easy to
 * see and never part of a post. Images to attach follow each post, outside the text to paste.
 */
public final class ThreadTextWriter {

    private static final String RULE = "━".repeat(12);

    private ThreadTextWriter() {
    }

    public static byte[] write(Tweetorial t, String title) {
        StringBuilder out = new StringBuilder();
        int total = t.posts().size();
        out.append(title).append('\n').append(total).append(total == 1 ? " post" : " posts")
                .append(", ready to paste: copy the text between the rules.\n\n");
        for (Post post : t.posts()) {
            out.append(RULE).append(" post ").append(post.number()).append(" of ").append(total).append(' ')
                    .append(RULE).append("\n\n").append(post.postedText().strip()).append("\n\n");
            for (ImageRef image : post.images()) {
                out.append("  ▸ attach ").append(image.path()).append('\n')
                        .append("    alt text: ").append(image.alt().strip()).append('\n');
            }
            if (!post.images().isEmpty()) {
                out.append('\n');
            }
        }
        out.append(RULE).append(" end of thread ").append(RULE).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
