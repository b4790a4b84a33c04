package org.tweetorial.core.model;

/**
 * A span of the Markdown source. Lines and columns are 1-based, columns count UTF-16 chars; offsets are 0-based
 * UTF-16 indices into the whole file, the end offset exclusive (so they can be used as editor positions).
 */
public record SourceRange(int startLine, int startColumn, int endLine, int endColumn, int startOffset,
        int endOffset) {

    /** A range for a whole line when nothing finer is known. */
    public static SourceRange ofLine(int line) {
        return new SourceRange(line, 1, line, 1, -1, -1);
    }

    public int length() {
        return Math.max(0, endOffset - startOffset);
    }
}
