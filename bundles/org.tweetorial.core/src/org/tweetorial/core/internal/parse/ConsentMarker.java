package org.tweetorial.core.internal.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consent marker: an HTML comment {@code <!-- consent -->} (any case, optionally with text after a colon, e.g.
 * {@code <!-- consent: verbal, 2026-11-30 -->}) outside code states that a post is shared with the patient's
 * consent. Export safety checks and the patient identifier rules rely on exactly this syntax.
 */
public final class ConsentMarker {

    /** The marker the "mark as shared with consent" fix inserts. */
    public static final String MARKER = "<!-- consent -->";

    private static final Pattern COMMENT = Pattern.compile("(?i)<!--\\s*consent\\s*(?::[^>]*?)?-->");

    private ConsentMarker() {
    }

    /** Whether a post's Markdown holds the marker outside fenced code blocks and code spans. */
    public static boolean isIn(String markdown) {
        if (markdown.indexOf("<!--") < 0) {
            return false;
        }
        FenceTracker fences = new FenceTracker();
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (!fences.accept(markdown, start, end) && markerOutsideCodeSpan(markdown, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean markerOutsideCodeSpan(String text, int start, int end) {
        Matcher m = COMMENT.matcher(text).region(start, end);
        while (m.find()) {
            if (backticksBetween(text, start, m.start()) % 2 == 0) {
                return true;
            }
        }
        return false;
    }

    private static int backticksBetween(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '`') {
                n++;
            }
        }
        return n;
    }
}
