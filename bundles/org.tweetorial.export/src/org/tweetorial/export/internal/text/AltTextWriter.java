package org.tweetorial.export.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.tweetorial.core.model.ImageRef;
import org.tweetorial.export.CardFiles;
import org.tweetorial.export.internal.cards.PostCard;

/** {@code alt-text.txt}: for each post, the alt text of its card and of each of its images, ready to paste. */
public final class AltTextWriter {

    private AltTextWriter() {
    }

    /**
     * @param total the number of posts in the thread (the cards may be a selection)
     * @param files where the card files are
     */
    public static byte[] write(String title, List<PostCard> cards, int total, CardFiles files) {
        StringBuilder out = new StringBuilder("Alt text: ").append(title).append("\n\n");
        for (PostCard pc : cards) {
            out.append("Post ").append(pc.post().number()).append(" of ").append(total).append('\n');
            out.append("  card ").append(files.path(pc.baseName())).append(":\n    ")
                    .append(pc.altText().strip()).append('\n');
            for (ImageRef image : pc.post().images()) {
                out.append("  image ").append(image.path()).append(":\n    ").append(image.alt().strip()).append('\n');
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
