package org.tweetorial.core.internal.infographic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.text.LineMap;
import org.tweetorial.core.model.SourceRange;

/** The lines of one panel, each classified (heading, list item, table row, quote, image, field, text). */
final class PanelLines {

    enum Kind { HEADING, ITEM, TABLE, QUOTE, IMAGE, FIELD, DIRECTIVE, TEXT }

    /**
     * One non-blank line.
     *
     * @param level  heading level, list indentation in spaces, or 0
     * @param key    a field's name (lower case) or a list item's marker
     * @param text   the content without its Markdown marker
     */
    record Line(Kind kind, int level, String key, String text, int start, int end, int number) {
    }

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern ITEM = Pattern.compile("(\\s*)([-*+]|\\d{1,3}[.)])\\s+(.*)");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(\\s*(\\S+?)(?:\\s+\"([^\"]*)\")?\\s*\\)\\s*");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z /()-]{0,30}?)\\s*:\\s+(.+)");
    /** Field names panels read ({@code Source: ...}); any other "words: text" line is text. */
    static final java.util.Set<String> FIELDS = java.util.Set.of("source", "sources", "credit", "image", "licence",
            "license", "author", "by", "date", "population", "patients", "participants", "n", "sample size", "number",
            "design", "study design", "intervention", "treatment", "comparator", "control", "comparison", "outcome",
            "primary outcome", "result", "results", "finding", "findings", "conclusion", "bottom line", "journal",
            "citation", "reference", "doi");
    static final Pattern DIRECTIVE = Pattern.compile("<!--\\s*panel\\s*:\\s*([A-Za-z-]*)(.*?)-->\\s*");

    private final List<Line> lines = new ArrayList<>();
    private final SourceRange range;

    PanelLines(String text, int start, int end, LineMap map) {
        int at = start;
        int first = -1;
        int last = start;
        while (at < end) {
            int nl = text.indexOf('\n', at);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            String raw = text.substring(at, lineEnd).replace("\r", "");
            if (!raw.isBlank()) {
                lines.add(classify(raw, at, at + raw.length(), map.line(at)));
                first = first < 0 ? at : first;
                last = at + raw.length();
            }
            at = lineEnd + 1;
        }
        range = first < 0 ? map.range(start, start) : map.range(first, last);
    }

    private static Line classify(String raw, int start, int end, int number) {
        String s = raw.strip();
        Matcher m;
        if ((m = DIRECTIVE.matcher(s)).matches()) {
            return new Line(Kind.DIRECTIVE, 0, m.group(1), m.group(2), start, end, number);
        }
        if ((m = HEADING.matcher(s)).matches()) {
            return new Line(Kind.HEADING, m.group(1).length(), "", m.group(2), start, end, number);
        }
        if (s.startsWith("|")) {
            return new Line(Kind.TABLE, 0, "", s, start, end, number);
        }
        if (s.startsWith(">")) {
            return new Line(Kind.QUOTE, 0, "", s.substring(1).strip(), start, end, number);
        }
        if ((m = IMAGE.matcher(s)).matches()) {
            String title = m.group(3) == null ? "" : m.group(3);
            return new Line(Kind.IMAGE, 0, m.group(2), m.group(1) + "\n" + title, start, end, number);
        }
        if ((m = ITEM.matcher(raw)).matches()) {
            return new Line(Kind.ITEM, m.group(1).replace("\t", "    ").length(), m.group(2), m.group(3).strip(),
                    start, end, number);
        }
        if ((m = FIELD.matcher(s)).matches() && FIELDS.contains(m.group(1).strip().toLowerCase(java.util.Locale.ROOT))) {
            return new Line(Kind.FIELD, 0, m.group(1).strip().toLowerCase(java.util.Locale.ROOT), m.group(2).strip(),
                    start, end, number);
        }
        return new Line(Kind.TEXT, 0, "", s, start, end, number);
    }

    List<Line> all() {
        return lines;
    }

    SourceRange range() {
        return range;
    }

    boolean isEmpty() {
        return lines.stream().allMatch(l -> l.kind() == Kind.DIRECTIVE);
    }

    List<Line> of(Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    boolean has(Kind kind) {
        return lines.stream().anyMatch(l -> l.kind() == kind);
    }

    /** The first heading's text, or empty. */
    String heading() {
        return lines.stream().filter(l -> l.kind() == Kind.HEADING).map(Line::text).findFirst().orElse("");
    }

    /** The value of the first field with one of the names (lower case), or empty. */
    String field(String... names) {
        for (Line l : lines) {
            if (l.kind() == Kind.FIELD && List.of(names).contains(l.key())) {
                return l.text();
            }
        }
        return "";
    }

    /** The first field with one of the names, or null. */
    Line fieldLine(String... names) {
        for (Line l : lines) {
            if (l.kind() == Kind.FIELD && List.of(names).contains(l.key())) {
                return l;
            }
        }
        return null;
    }

    /** Paragraph text lines joined, each paragraph line separated by a space. */
    String text() {
        return String.join(" ", lines.stream().filter(l -> l.kind() == Kind.TEXT).map(Line::text).toList());
    }
}
