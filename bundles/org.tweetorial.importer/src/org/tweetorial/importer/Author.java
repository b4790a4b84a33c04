package org.tweetorial.importer;

/**
 * Who posted a thread, as the archive says.
 *
 * @param name   the display name, empty when unknown
 * @param handle the handle with its {@code @}, empty when unknown
 */
public record Author(String name, String handle) {

    /** No known author (plain text). */
    public static final Author UNKNOWN = new Author("", "");
}
