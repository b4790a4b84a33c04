package org.tweetorial.ui.internal.preview;

import java.util.Locale;

import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;

/**
 * The author shown on the posts: the profile from the preferences, else the thread's front matter.
 *
 * @param name       display name
 * @param handle     handle with its {@code @}
 * @param avatarPath avatar image file, empty for initials
 */
record Author(String name, String handle, String avatarPath) {

    static Author of(DocumentSnapshot snapshot) {
        String name = TweetorialPreferences.authorName();
        String handle = TweetorialPreferences.authorHandle();
        if (name.isBlank()) {
            name = snapshot.tweetorial().flatMap(t -> t.frontMatter().author()).orElse("You");
        }
        if (handle.isBlank()) {
            handle = snapshot.tweetorial().flatMap(t -> t.frontMatter().handle()).orElse("@you");
        }
        return new Author(name, handle.startsWith("@") ? handle : "@" + handle, TweetorialPreferences.avatarPath());
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
