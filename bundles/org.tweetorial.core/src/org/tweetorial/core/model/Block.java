package org.tweetorial.core.model;

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNull;

/** The structure of a post's text, as the card renderer needs it. Texts are plain (already rendered). */
public sealed interface Block {

    /** The block's plain text. */
    String text();

    record Heading(int level, @NonNull String text) implements Block {
    }

    record Paragraph(@NonNull String text) implements Block {
    }

    /** A list item; {@code level} is 0 for the outermost list, {@code marker} is e.g. "-", "•" or "3.". */
    record ListItem(int level, String marker, @NonNull String text) implements Block {
    }

    record Quote(@NonNull String text, Optional<String> attribution) implements Block {
    }

    record Code(@NonNull String text) implements Block {
    }
}
