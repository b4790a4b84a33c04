package org.tweetorial.export;

import java.util.Optional;
import java.util.Set;

import org.tweetorial.render.OutputFormat;

/**
 * How the card files of an export are written.
 *
 * @param format PNG or SVG
 * @param scale  1, or 2 for high-density PNGs
 * @param posts  the post numbers to write cards (and their alt text) for; empty for every post
 * @param inRoot true to write the cards at the top of the export folder (the {@code cards} command), false for its
 *               {@code cards/} folder
 */
public record CardFiles(OutputFormat format, int scale, Optional<Set<Integer>> posts, boolean inRoot) {

    public CardFiles {
        if (scale != 1 && scale != 2) {
            throw new IllegalArgumentException("scale must be 1 or 2, got " + scale);
        }
        posts = posts.map(Set::copyOf);
    }

    /** PNG at 1x, every post, in {@code cards/}. */
    public static CardFiles defaults() {
        return new CardFiles(OutputFormat.PNG, 1, Optional.empty(), false);
    }

    public boolean includes(int postNumber) {
        return posts.map(p -> p.contains(postNumber)).orElse(true);
    }

    /** A card file's path inside the export folder, e.g. {@code cards/03-list.png}. */
    public String path(String baseName) {
        return folder() + baseName + "." + format.extension();
    }

    /** The folder of the card files inside the export folder, empty for its top. */
    public String folder() {
        return inRoot ? "" : "cards/";
    }
}
