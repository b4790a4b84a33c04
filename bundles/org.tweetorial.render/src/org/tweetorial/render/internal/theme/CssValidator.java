package org.tweetorial.render.internal.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks theme CSS: plain rules only. At-rules, escapes, markup and any {@code url()} except {@code url(#id)} are
 * refused because they could load external resources or hide such loads.
 */
public final class CssValidator {

    static final int MAX_LENGTH = 20_000;
    private static final Pattern URL = Pattern.compile("url\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_URL = Pattern.compile("url\\(\\s*#[A-Za-z_][\\w.\\-]*\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** Paint properties only: anything changing text size or layout would invalidate the measured fitting. */
    static final java.util.Set<String> PROPERTIES = java.util.Set.of("fill", "fill-opacity", "stroke",
            "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linecap", "stroke-linejoin", "opacity",
            "text-decoration");
    private static final Pattern DECLARATION = Pattern.compile("([A-Za-z-]+)\\s*:");

    private CssValidator() {
    }

    /** Problems as "line N: what", empty when the CSS is acceptable. */
    public static List<String> check(String css) {
        List<String> problems = new ArrayList<>();
        if (css.length() > MAX_LENGTH) {
            problems.add("CSS is longer than " + MAX_LENGTH + " characters");
            return problems;
        }
        String[] lines = css.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String lower = line.toLowerCase(Locale.ROOT);
            int n = i + 1;
            if (line.indexOf('@') >= 0) {
                problems.add("line " + n + ": at-rules (@import, @font-face, ...) are not allowed");
            }
            if (line.indexOf('\\') >= 0) {
                problems.add("line " + n + ": CSS escapes (backslash) are not allowed");
            }
            if (line.indexOf('<') >= 0 || line.indexOf('>') >= 0) {
                problems.add("line " + n + ": '<' and '>' are not allowed (no markup, no child combinator)");
            }
            if (lower.contains("expression") || lower.contains("javascript:") || lower.contains("behavior")) {
                problems.add("line " + n + ": script-like values are not allowed");
            }
            Matcher m = URL.matcher(LOCAL_URL.matcher(line).replaceAll(""));
            if (m.find()) {
                problems.add("line " + n + ": url() may only reference local ids like url(#grad); external and"
                        + " data resources are not allowed");
            }
        }
        int line = 1;
        int depth = 0;
        StringBuilder block = new StringBuilder();
        int blockLine = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                depth++;
                block.setLength(0);
                blockLine = line;
            } else if (c == '}') {
                depth--;
                checkDeclarations(block.toString(), blockLine, problems);
            } else if (depth > 0) {
                block.append(c);
            }
        }
        return problems;
    }

    private static void checkDeclarations(String block, int line, List<String> problems) {
        Matcher m = DECLARATION.matcher(block);
        while (m.find()) {
            String property = m.group(1).toLowerCase(Locale.ROOT);
            if (!PROPERTIES.contains(property)) {
                problems.add("line " + line + ": property '" + property + "' is not allowed; themes may only set "
                        + String.join(", ", new java.util.TreeSet<>(PROPERTIES)));
            }
        }
    }
}
