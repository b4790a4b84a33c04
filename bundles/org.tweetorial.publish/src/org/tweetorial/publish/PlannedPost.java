package org.tweetorial.publish;

import java.util.List;

/**
 * One post of the plan.
 *
 * @param number  1-based position in the thread
 * @param text    exactly the text that is sent
 * @param images  the post's images (its card)
 * @param replyTo the number of the post it replies to, 0 for the first post
 * @param line    the post's first line in the source, for messages
 */
public record PlannedPost(int number, String text, List<PlannedImage> images, int replyTo, int line) {

    public PlannedPost {
        images = List.copyOf(images);
    }
}
