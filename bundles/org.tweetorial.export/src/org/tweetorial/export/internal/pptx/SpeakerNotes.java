package org.tweetorial.export.internal.pptx;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.model.Post;

/** A slide's speaker notes: the post's teaching notes, then the text as posted (which the card may shorten). */
final class SpeakerNotes {

    private SpeakerNotes() {
    }

    static String of(Post post) {
        List<String> parts = new ArrayList<>();
        for (String note : post.notes()) {
            if (!note.isBlank()) {
                parts.add(note.strip());
            }
        }
        parts.add("Posted text:\n" + post.postedText().strip());
        return String.join("\n\n", parts);
    }
}
