package org.tweetorial.core.internal.parse;

import java.util.Optional;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.internal.text.LineMap;

/**
 * Refuses absurdly nested Markdown (lists/quotes) before CommonMark sees it: deep trees cost recursion in every
 * consumer, and no platform can show them anyway.
 */
final class NestingGuard {

    static final int MAX_DEPTH = 32;
    static final int MAX_INDENT = 160;

    private NestingGuard() {
    }

    static void check(String text, int start, int end, LineMap lines) throws TweetorialException {
        int at = start;
        while (at < end) {
            int nl = text.indexOf('\n', at);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            checkLine(text, at, lineEnd, lines);
            at = lineEnd + 1;
        }
    }

    private static void checkLine(String text, int start, int end, LineMap lines) throws TweetorialException {
        int depth = 0;
        int indent = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                indent += c == '\t' ? 4 : 1;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || isBlank(text.charAt(i + 1)))) {
                depth++;
                i++;
            } else {
                int digits = 0;
                while (i + digits < end && digits < 10 && Character.isDigit(text.charAt(i + digits))) {
                    digits++;
                }
                int after = i + digits;
                if (digits == 0 || after >= end || (text.charAt(after) != '.' && text.charAt(after) != ')')
                        || (after + 1 < end && !isBlank(text.charAt(after + 1)))) {
                    break;
                }
                depth++;
                i = after + 1;
            }
            if (depth > MAX_DEPTH || indent > MAX_INDENT) {
                throw new TweetorialException(Optional.empty(), lines.line(start), "lists or quotes are nested "
                        + "more than " + MAX_DEPTH + " levels deep (or indented more than " + MAX_INDENT
                        + " spaces)", "No platform can show that; flatten the list");
            }
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
