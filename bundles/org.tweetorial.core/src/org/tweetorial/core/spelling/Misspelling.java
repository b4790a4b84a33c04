package org.tweetorial.core.spelling;

/**
 * A word the dictionaries do not know, where it is in the checked text.
 *
 * @param word  the word as written
 * @param start offset of its first char in the checked text
 * @param end   offset after its last char
 */
public record Misspelling(String word, int start, int end) {
}
