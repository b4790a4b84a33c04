package org.tweetorial.core.text;

import java.util.List;

import org.tweetorial.core.internal.text.EntityExtractor;

/** Finds the links, mentions and hashtags of a text as the platforms do (twitter-text's extractor). */
public final class Entities {

    private Entities() {
    }

    /** The entities of {@code text} in order, none overlapping. */
    public static List<Entity> extract(String text) {
        return EntityExtractor.extract(text);
    }
}
