package org.tweetorial.core.internal.text;

import java.util.Arrays;

import org.tweetorial.core.model.SourceRange;

/** Converts offsets of one text to 1-based lines and columns. */
public final class LineMap {

    private final int[] lineStarts;
    private final int length;

    public LineMap(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.length = text.length();
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), length));
        return i >= 0 ? i + 1 : -i - 1;
    }

    public int column(int offset) {
        int clamped = Math.min(Math.max(offset, 0), length);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** Offset of the start of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public SourceRange range(int startOffset, int endOffset) {
        return new SourceRange(line(startOffset), column(startOffset), line(endOffset), column(endOffset),
                startOffset, endOffset);
    }
}
