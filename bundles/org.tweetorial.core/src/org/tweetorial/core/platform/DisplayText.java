package org.tweetorial.core.platform;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.internal.platform.LinkShortener;
import org.tweetorial.core.text.Entities;
import org.tweetorial.core.text.Entity;

/**
 * A post's text as a platform shows it in a timeline: links shortened the way that platform displays them (the
 * counted text is unchanged), with the positions of its links, mentions and hashtags in the shown text.
 *
 * @param text     the text as shown
 * @param entities links, mentions and hashtags of {@code text}, in order; a shortened link keeps its full address
 *                 in {@link Entity#text()}
 */
public record DisplayText(String text, List<Entity> entities) {

    public DisplayText {
        entities = List.copyOf(entities);
    }

    /** How {@code platform} shows {@code postedText}. */
    public static DisplayText of(String postedText, Platform platform) {
        StringBuilder shown = new StringBuilder(postedText.length());
        List<Entity> out = new ArrayList<>();
        int from = 0;
        for (Entity e : Entities.extract(postedText)) {
            shown.append(postedText, from, e.start());
            String label = e.kind() == Entity.Kind.URL ? LinkShortener.shorten(e.text(), platform) : e.text();
            out.add(new Entity(e.kind(), shown.length(), shown.length() + label.length(), e.text()));
            shown.append(label);
            from = e.end();
        }
        shown.append(postedText, from, postedText.length());
        return new DisplayText(shown.toString(), out);
    }
}
