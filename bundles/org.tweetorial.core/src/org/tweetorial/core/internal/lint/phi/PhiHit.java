package org.tweetorial.core.internal.lint.phi;

import org.tweetorial.core.lint.PhiStrictness;

/**
 * One identifier found in a post's Markdown.
 *
 * @param ruleId      the {@code phi-*} rule that reports it
 * @param category    its Safe Harbor category
 * @param start       start offset in the post's Markdown
 * @param end         end offset (exclusive)
 * @param level       the least strict level that reports it (RELAXED: reported at every level)
 * @param blocking    an error by default (record numbers, national ids, dates of birth, a name with clinical detail)
 * @param why         why it fired, for the message
 * @param replacement the neutral text a redaction puts in its place
 */
public record PhiHit(String ruleId, PhiCategory category, int start, int end, PhiStrictness level, boolean blocking,
        String why, String replacement) {

    /** Whether this hit is reported at a strictness. */
    public boolean reportedAt(PhiStrictness strictness) {
        return level.ordinal() <= strictness.ordinal();
    }

    int length() {
        return end - start;
    }

    boolean overlaps(PhiHit other) {
        return start < other.end && other.start < end;
    }
}
