package org.tweetorial.core.internal.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.text.LineMap;

/**
 * Where the front matter is. It opens with a first line {@code ---} and ends at the next line {@code ---} or
 * {@code ...}, unless a line before that cannot be front matter (it is not blank, a {@code #} comment, indented,
 * a {@code - } item under a key, or {@code key:}), does not start with a known key and is not followed by a known
 * key: then the closing line is missing, and the front matter ends at its last setting before that line, so
 * the text after it stays post 1.
 */
final class FrontMatterBounds {

    /**
     * The front matter's YAML is [yamlStart, yamlEnd); the body starts at bodyStart.
     *
     * @param unclosedAfterLine 0 when the front matter is closed, else the 1-based line after which the closing
     *                          {@code ---} is missing
     */
    record Bounds(int yamlStart, int yamlEnd, int bodyStart, int unclosedAfterLine) {
        boolean closed() {
            return unclosedAfterLine == 0;
        }
    }

    private enum Kind { BLANK, COMMENT, KEY, EMPTY_KEY, CONTINUATION, ITEM, FOREIGN }

    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?:[ \\t]+(.*))?");
    private static final Pattern FIRST_WORD = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)");

    private final String text;
    private final LineMap lines;

    private FrontMatterBounds(String text, LineMap lines) {
        this.text = text;
        this.lines = lines;
    }

    /** The front matter's bounds, empty when the file does not start with a line {@code ---}. */
    static Optional<Bounds> find(String text, LineMap lines) {
        return new FrontMatterBounds(text, lines).find();
    }

    private Optional<Bounds> find() {
        if (!isFence(1, "---")) {
            return Optional.empty();
        }
        int close = closingLine();
        int last = close > 0 ? close - 1 : lines.lineCount();
        int foreign = firstForeignLine(last);
        if (close > 0 && (foreign == 0 || isMistypedSetting(foreign, close))) {
            return Optional.of(new Bounds(lineAfter(1), lines.lineStart(close), lineAfter(close), 0));
        }
        int settingsEnd = lastSettingLine(foreign > 0 ? foreign - 1 : last);
        return Optional.of(new Bounds(lineAfter(1), lineAfter(settingsEnd), lineAfter(settingsEnd), settingsEnd));
    }

    private int closingLine() {
        for (int line = 2; line <= lines.lineCount(); line++) {
            if (isFence(line, "---") || isFence(line, "...")) {
                return line;
            }
        }
        return 0;
    }

    /** The first line in 2..last that cannot be front matter, 0 when there is none. */
    private int firstForeignLine(int last) {
        Kind previous = Kind.BLANK;
        for (int line = 2; line <= last; line++) {
            Kind kind = kind(content(line), previous);
            if (kind == Kind.FOREIGN) {
                return line;
            }
            if (kind != Kind.BLANK && kind != Kind.COMMENT) {
                previous = kind;
            }
        }
        return 0;
    }

    /** A line such as {@code theme dark}, or one followed by known keys, is a typo inside closed front matter. */
    private boolean isMistypedSetting(int foreign, int close) {
        Matcher word = FIRST_WORD.matcher(content(foreign));
        if (word.lookingAt() && FrontMatterBuilder.KEYS.contains(word.group(1))) {
            return true;
        }
        for (int line = foreign + 1; line < close; line++) {
            Matcher key = KEY.matcher(content(line));
            if (key.matches() && FrontMatterBuilder.KEYS.contains(key.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The last line in 2..to holding a setting (not blank or a comment); 1 (the opening line) when none. */
    private int lastSettingLine(int to) {
        for (int line = to; line >= 2; line--) {
            String content = content(line);
            if (!content.isBlank() && !content.startsWith("#")) {
                return line;
            }
        }
        return 1;
    }

    private static Kind kind(String line, Kind previous) {
        if (line.isBlank()) {
            return Kind.BLANK;
        }
        char first = line.charAt(0);
        if (first == ' ' || first == '\t') {
            return Kind.CONTINUATION;
        }
        if (first == '#') {
            return Kind.COMMENT;
        }
        if (line.equals("-") || line.startsWith("- ")) {
            return previous == Kind.EMPTY_KEY || previous == Kind.ITEM ? Kind.ITEM : Kind.FOREIGN;
        }
        Matcher key = KEY.matcher(line);
        if (key.matches()) {
            String value = key.group(2);
            return value == null || value.isBlank() || value.startsWith("#") ? Kind.EMPTY_KEY : Kind.KEY;
        }
        return Kind.FOREIGN;
    }

    private boolean isFence(int line, String fence) {
        String content = content(line);
        return content.startsWith(fence) && content.substring(fence.length()).isBlank();
    }

    /** A line without its line break. */
    private String content(int line) {
        int start = lines.lineStart(line);
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    private int lineAfter(int line) {
        return line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
    }
}
