package org.tweetorial.export.internal.cards;

import org.tweetorial.core.model.Post;
import org.tweetorial.render.Card;
import org.tweetorial.render.RenderedCard;

/**
 * A post with its card, rendered as PNG at the export's card size.
 *
 * @param fileName file name inside {@code cards/}, e.g. {@code 03-list.png}
 */
public record PostCard(Post post, Card card, RenderedCard png, String fileName) {

    public String altText() {
        return png.altText();
    }
}
