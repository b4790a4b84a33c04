package org.tweetorial.export.internal.cards;

import org.tweetorial.core.model.Post;
import org.tweetorial.render.Card;
import org.tweetorial.render.RenderedCard;

/**
 * A post with its card, rendered as PNG at the export's card size.
 *
 * @param baseName the card file's name without extension, e.g. {@code 03-list}: the same in every route
 */
public record PostCard(Post post, Card card, RenderedCard png, String baseName) {

    public String altText() {
        return png.altText();
    }

    /** The PNG file name, e.g. {@code 03-list.png}. */
    public String fileName() {
        return baseName + ".png";
    }
}
