package org.tweetorial.core.model;

import java.util.Optional;

/** The structure of a post's text, as the card renderer needs it. Texts are plain (already rendered). */
public sealed interface Block {

    /** The block's plain text. */
    String text();

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A list item; {@code level} is 0 for the outermost list, {@code marker} is e.g. "-", "•" or "3.". */
    record ListItem(int level, String marker, String text) implements Block {
    }

    record Quote(String text, Optional<String> attribution) implements Block {
    }

    record Code(String text) implements Block {
    }
}
