package org.tweetorial.core.internal.parse;

/** Follows CommonMark fenced code blocks line by line (``` or ~~~, up to 3 spaces of indent). */
final class FenceTracker {

    private char fenceChar;
    private int fenceLength;

    /** Feeds one line [start, end); returns true if the line is part of a fenced code block (fences included). */
    boolean accept(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 4 && text.charAt(i) == ' ') {
            i++;
        }
        if (i - start > 3 || i >= end) {
            return fenceLength > 0;
        }
        char c = text.charAt(i);
        int run = 0;
        while (i + run < end && text.charAt(i + run) == c) {
            run++;
        }
        if (fenceLength > 0) {
            if (c == fenceChar && run >= fenceLength && text.substring(i + run, end).isBlank()) {
                fenceLength = 0;
            }
            return true;
        }
        if ((c == '`' || c == '~') && run >= 3 && (c == '~' || text.indexOf('`', i + run) < 0
                || text.indexOf('`', i + run) >= end)) {
            fenceChar = c;
            fenceLength = run;
            return true;
        }
        return false;
    }

    boolean inFence() {
        return fenceLength > 0;
    }
}
