package org.tweetorial.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One published post of the thread.
 *
 * @param number     1-based position in the published thread
 * @param range      the post's Markdown in the file (for a generated post: the place it was generated from)
 * @param heading    the first heading's text, also the card title
 * @param markdown   the post's Markdown source; empty for the second and later parts of a post cut by
 *                   {@code split: auto} (their source is the first part's)
 * @param body       the posted text without numbering and added hashtags
 * @param postedText exactly what will be published, numbering and added hashtags included
 * @param notes      teaching notes for the handout, never posted
 * @param generated  true for posts the tool made (the references post)
 * @param consent    true if the post holds the consent marker {@code <!-- consent -->}: the author states it is
 *                   shared with the patient's consent (patient identifier findings become information)
 */
public record Post(int number, SourceRange range, Optional<String> heading, String markdown, String body,
        String postedText, List<Block> blocks, List<ImageRef> images, List<String> notes,
        Optional<CardDirective> card, List<Citation> citations, boolean generated, boolean consent) {

    public Post {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
        notes = List.copyOf(notes);
        citations = List.copyOf(citations);
    }

    /** The plain texts of the post's list items, in order. */
    public List<String> listItems() {
        return blocks.stream().filter(Block.ListItem.class::isInstance).map(Block::text).toList();
    }

    public Post withNumbering(int newNumber, String newPostedText) {
        return new Post(newNumber, range, heading, markdown, body, newPostedText, blocks, images, notes, card,
                citations, generated, consent);
    }
}
