package org.tweetorial.importer.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thread numbering as people type it: {@code 1/}, {@code 2/10}, {@code (3/n)}, {@code 🧵 1/}, at the start or the end
 * of a post. A number is numbering only when it is the post's position and its total (if any) is the thread's
 * length or {@code n}, so "1/2 of patients" in a 5-post thread stays.
 */
public final class ThreadNumbering {

    private static final String THREAD = "\\x{1F9F5}";
    static final Pattern LEADING = Pattern.compile("^\\s*(?:" + THREAD + "\\s*)?\\(?(\\d{1,3})\\s*/\\s*(\\d{1,3}|[nN])?"
            + "\\)?[.:]?(?:\\s*" + THREAD + ")?(?=\\s|$)\\s*");
    static final Pattern TRAILING = Pattern.compile("(?:^|\\s+)(?:" + THREAD + "\\s*)?\\(?(\\d{1,3})\\s*/\\s*"
            + "(\\d{1,3}|[nN])?\\)?(?:\\s*" + THREAD + ")?\\s*$");
    private static final Pattern THREAD_MARK = Pattern.compile("^\\s*" + THREAD + "\\s*|[ \\t]*" + THREAD + "(?=\\s|$)");

    private ThreadNumbering() {
    }

    /** {@code text} without the numbering of post {@code position} (1-based) of {@code total}, nor its 🧵 marks. */
    public static String strip(String text, int position, int total) {
        String s = text;
        Matcher lead = LEADING.matcher(s);
        if (lead.find() && numbers(lead, position, total)) {
            s = s.substring(lead.end());
        }
        Matcher trail = TRAILING.matcher(s);
        if (trail.find() && numbers(trail, position, total)) {
            s = s.substring(0, trail.start());
        }
        return THREAD_MARK.matcher(s).replaceAll("").strip();
    }

    /** Whether the match is the numbering of post {@code position} of {@code total} ({@code total} 0: unknown). */
    static boolean numbers(Matcher m, int position, int total) {
        if (Integer.parseInt(m.group(1)) != position) {
            return false;
        }
        String of = m.group(2);
        return of == null || of.equalsIgnoreCase("n") || total == 0 || Integer.parseInt(of) == total;
    }
}
