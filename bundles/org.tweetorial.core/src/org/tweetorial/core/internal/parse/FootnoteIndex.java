package org.tweetorial.core.internal.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote definitions ({@code [^label]: text}, continued by indented lines) anywhere in the body. Posts are
 * parsed one by one, so definitions are collected for the whole file first and blanked out of the Markdown
 * before CommonMark sees it (blanking keeps every offset).
 */
public final class FootnoteIndex {

    /** One definition: raw Markdown text, [start, end) offsets of its lines in the file. */
    public record Definition(String label, String markdown, int start, int end) {
    }

    static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)\\]:[ \\t]*(.*?)\\r?$");
    static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)\\](?!:)");

    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final List<Definition> duplicates = new ArrayList<>();

    public static FootnoteIndex scan(String text, int bodyStart) {
        FootnoteIndex index = new FootnoteIndex();
        FenceTracker fences = new FenceTracker();
        int at = bodyStart;
        Definition open = null;
        StringBuilder openText = null;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(at, end);
            if (fences.accept(text, at, end)) {
                open = index.close(open, openText);
            } else if (open != null && openText != null && isContinuation(line)) {
                openText.append(' ').append(line.strip());
                open = new Definition(open.label(), "", open.start(), end);
            } else {
                open = index.close(open, openText);
                Matcher m = line.indexOf("[^") >= 0 ? DEFINITION.matcher(line) : null;
                if (m != null && m.matches()) {
                    open = new Definition(m.group(1), "", at, end);
                    openText = new StringBuilder(m.group(2).strip());
                }
            }
            at = end + 1;
        }
        index.close(open, openText);
        return index;
    }

    private static boolean isContinuation(String line) {
        return !line.isBlank() && (line.startsWith("    ") || line.startsWith("\t"));
    }

    private Definition close(Definition open, StringBuilder text) {
        if (open != null) {
            Definition d = new Definition(open.label(), text.toString(), open.start(), open.end());
            if (definitions.putIfAbsent(d.label(), d) != null) {
                duplicates.add(d);
            }
        }
        return null;
    }

    public Map<String, Definition> definitions() {
        return definitions;
    }

    public List<Definition> duplicates() {
        return duplicates;
    }

    /** The chunk [start, end) with definitions replaced by spaces, line breaks kept. */
    public String blankOut(String text, int start, int end) {
        char[] chars = null;
        for (Definition d : definitions.values()) {
            chars = blank(text, start, end, d, chars);
        }
        for (Definition d : duplicates) {
            chars = blank(text, start, end, d, chars);
        }
        return chars == null ? text.substring(start, end) : new String(chars);
    }

    /** True if the chunk holds a definition. */
    public boolean hasDefinitionIn(int start, int end) {
        return definitions.values().stream().anyMatch(d -> d.start() >= start && d.start() < end)
                || duplicates.stream().anyMatch(d -> d.start() >= start && d.start() < end);
    }

    private static char[] blank(String text, int start, int end, Definition d, char[] chars) {
        if (d.end() <= start || d.start() >= end) {
            return chars;
        }
        char[] out = chars != null ? chars : text.substring(start, end).toCharArray();
        for (int i = Math.max(d.start(), start); i < Math.min(d.end(), end); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                out[i - start] = ' ';
            }
        }
        return out;
    }
}
