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
    static final int MAX_INLINE_DEPTH = 64;

    private NestingGuard() {
    }

    static void check(String text, int start, int end, LineMap lines) throws TweetorialException {
        int at = start;
        int emphasis = 0;
        int brackets = 0;
        while (at < end) {
            int nl = text.indexOf('\n', at);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            checkLine(text, at, lineEnd, lines);
            if (text.substring(at, lineEnd).isBlank()) {
                emphasis = 0;
                brackets = 0;
            }
            for (int i = at; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '*' || c == '_') {
                    int run = runLength(text, i, lineEnd);
                    emphasis = Math.max(0, emphasis + flank(text, i, i + run, at, lineEnd) * run);
                    i += run - 1;
                }
                if (emphasis > MAX_INLINE_DEPTH || brackets > MAX_INLINE_DEPTH) {
                    throw new TweetorialException(Optional.empty(), lines.line(i), "emphasis or brackets are "
                            + "nested more than " + MAX_INLINE_DEPTH + " levels deep",
                            "Remove the extra *, _ or [ characters");
                }
            }
            at = lineEnd + 1;
        }
    }

    private static int runLength(String text, int i, int end) {
        int j = i;
        while (j < end && text.charAt(j) == text.charAt(i)) {
            j++;
        }
        return j - i;
    }

    /** +1 for a run that can only open emphasis, -1 for one that can only close it, 0 otherwise. */
    private static int flank(String text, int start, int end, int lineStart, int lineEnd) {
        boolean spaceBefore = start == lineStart || isSpaceOrPunctuation(text.charAt(start - 1));
        boolean spaceAfter = end == lineEnd || isSpaceOrPunctuation(text.charAt(end));
        if (spaceBefore && !spaceAfter) {
            return 1;
        }
        return !spaceBefore && spaceAfter ? -1 : 0;
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

    private static boolean isSpaceOrPunctuation(char c) {
        return Character.isWhitespace(c) || (!Character.isLetterOrDigit(c) && c != '*' && c != '_');
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
