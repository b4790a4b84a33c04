package org.tweetorial.core.text;

/**
 * A part of a text that the platforms turn into a link.
 *
 * @param start first UTF-16 index
 * @param end   UTF-16 index after the last character
 * @param text  the part as written, e.g. {@code #MedEd}, {@code @name@server.social} or {@code https://doi.org/...}
 */
public record Entity(Kind kind, int start, int end, String text) {

    /** What kind of link. */
    public enum Kind {
        /** A web address, with or without {@code https://}. */
        URL,
        /** {@code #tag}. */
        HASHTAG,
        /** {@code @name}, or a Mastodon {@code @name@server}. */
        MENTION
    }
}
