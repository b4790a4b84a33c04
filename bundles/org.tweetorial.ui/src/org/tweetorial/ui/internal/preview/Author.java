package org.tweetorial.ui.internal.preview;

import java.util.Locale;

import org.tweetorial.render.Card;
import org.tweetorial.render.CardSettings;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;

/**
 * The author shown on the posts: the same as on the cards (the front matter, else the preferences).
 *
 * @param name       display name
 * @param handle     handle with its {@code @}
 * @param avatarPath avatar image file, empty for initials
 */
record Author(String name, String handle, String avatarPath) {

    /** The thread's author as its cards show it (front matter, then preferences), with the preferred avatar. */
    static Author of(CardSettings settings) {
        Card.Byline byline = settings.byline();
        String name = byline == null || byline.name().isBlank() ? "You" : byline.name();
        String handle = byline == null || byline.handle().isBlank() ? "@you" : byline.handle();
        return new Author(name, handle, TweetorialPreferences.avatarPath());
    }

    /** Up to two initials of the name. */
    String initials() {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && initials.length() < 2) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.isEmpty() ? "?" : initials.toString().toUpperCase(Locale.ROOT);
    }
}
