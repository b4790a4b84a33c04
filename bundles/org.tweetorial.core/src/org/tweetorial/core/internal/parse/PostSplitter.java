package org.tweetorial.core.internal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the body into post chunks at lines holding only {@code ---}, except inside fenced code blocks. Chunks
 * always start at the start of a line.
 */
public final class PostSplitter {

    /** A chunk of the file: [start, end) offsets, without the separator line. */
    public record Chunk(int start, int end) {
    }

    private PostSplitter() {
    }

    public static List<Chunk> split(String text, int bodyStart) {
        List<Chunk> chunks = new ArrayList<>();
        FenceTracker fences = new FenceTracker();
        int chunkStart = bodyStart;
        int at = bodyStart;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            int next = nl < 0 ? text.length() : nl + 1;
            boolean inFence = fences.accept(text, at, end);
            if (!inFence && isSeparator(text, at, end)) {
                chunks.add(new Chunk(chunkStart, at));
                chunkStart = next;
            }
            at = next;
        }
        chunks.add(new Chunk(chunkStart, text.length()));
        return chunks;
    }

    static boolean isSeparator(String text, int start, int end) {
        if (!text.startsWith("---", start)) {
            return false;
        }
        for (int i = start + 3; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
