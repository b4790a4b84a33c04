package org.tweetorial.core.internal.infographic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text from inline Markdown, numbers from table cells, and leading {@code :icon-name:} tokens. */
final class Inline {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
    static final Pattern ICON = Pattern.compile(":([a-z0-9]+(?:-[a-z0-9]+)*):");
    private static final Pattern LEADING_ICON = Pattern.compile("\\s*:([a-z0-9]+(?:-[a-z0-9]+)*):\\s*(.*)",
            Pattern.DOTALL);

    private Inline() {
    }

    /** Text without Markdown links and emphasis markers. */
    static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1");
        String before;
        do {
            before = s;
            s = EMPHASIS.matcher(s).replaceAll("$2");
        } while (!s.equals(before));
        return s.strip();
    }

    /** The icon name a text starts with ({@code :lungs: text}), or empty. */
    static String leadingIcon(String text) {
        Matcher m = LEADING_ICON.matcher(text);
        return m.matches() ? m.group(1) : "";
    }

    /** The text after a leading icon token. */
    static String withoutLeadingIcon(String text) {
        Matcher m = LEADING_ICON.matcher(text);
        return m.matches() ? m.group(2).strip() : text.strip();
    }

    /** True when the label was bold in the source ({@code **Overall**}). */
    static boolean bold(String markdown) {
        String s = markdown.strip();
        return s.length() > 4 && (s.startsWith("**") && s.endsWith("**") || s.startsWith("__") && s.endsWith("__"));
    }

    /**
     * A number from a cell: {@code 0.74}, {@code -1.2}, {@code −1.2} (Unicode minus), {@code 1,234}, {@code 23%}.
     *
     * @return NaN when the cell is not a number
     */
    static double number(String cell) {
        String s = plain(cell).replace('\u2212', '-').replace("\u00A0", "").replace(" ", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", "");
        }
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }
}
