package org.tweetorial.ui.internal.cards;

import java.util.List;
import java.util.Map;

import org.tweetorial.core.model.CardDirective;
import org.tweetorial.core.model.Post;

/**
 * What one card shows, taken from a post and its card directive.
 *
 * @param postNumber the post's number in the thread
 * @param total      number of posts
 * @param layout     the layout id, e.g. {@code stat}
 * @param kicker     the thread's title, shown small above the content
 * @param title      the card's title (the directive's, else the post's heading)
 * @param attributes the directive's attributes
 * @param paragraphs the post's paragraphs
 * @param items      the post's list items
 * @param imagePath  the first image of the post or the directive's image, empty if none
 * @param handle     the author's handle for the footer
 */
public record CardContent(int postNumber, int total, String layout, String kicker, String title,
        Map<String, String> attributes, List<String> paragraphs, List<String> items, String imagePath,
        String handle) {

    public CardContent {
        attributes = Map.copyOf(attributes);
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }

    /** The content of a post's card; the post must have a card directive. */
    public static CardContent of(Post post, int total, String kicker, String handle) {
        CardDirective card = post.card().orElseThrow();
        String title = card.attribute("title").orElse(post.heading().orElse(""));
        List<String> paragraphs = post.blocks().stream()
                .filter(org.tweetorial.core.model.Block.Paragraph.class::isInstance)
                .map(org.tweetorial.core.model.Block::text).toList();
        String image = card.attribute("image")
                .orElse(post.images().isEmpty() ? "" : post.images().get(0).path());
        return new CardContent(post.number(), Math.max(total, post.number()), card.layout().id(), kicker, title,
                card.attributes(), paragraphs, post.listItems(), image, handle);
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /** A stable key of everything drawn, for caches. */
    public String key() {
        return toString();
    }
}
