package org.tweetorial.importer.internal.write;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's plain text as Markdown that is posted as the same text: links as autolinks ({@code <https://…>}),
 * characters that would start emphasis, code, links, HTML or a block escaped with a backslash, and line breaks
 * kept as hard breaks.
 */
final class MarkdownText {

    static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern URL_TRAIL = Pattern.compile("[.,;:!?'’”)\\]]+$");
    /** Line starts that would make a heading, quote, list, thematic break or setext underline; group 1 is escaped. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:#{1,6}(?=\\s|$)|>|[-+](?=\\s|$)|(?=[-=]{3,}\\s*$)"
            + "|\\d{1,9}(?=[.)](?:\\s|$)))");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?\\w+;)");

    private MarkdownText() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        String[] paragraphs = text.strip().split("\\n\\s*\\n");
        for (String paragraph : paragraphs) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            String[] lines = paragraph.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                out.append(line(lines[i].strip())).append(i < lines.length - 1 ? "\\\n" : "");
            }
        }
        return out.toString();
    }

    private static String line(String line) {
        StringBuilder out = new StringBuilder();
        Matcher url = URL.matcher(line);
        int last = 0;
        while (url.find()) {
            String link = url.group();
            Matcher trail = URL_TRAIL.matcher(link);
            String tail = "";
            if (trail.find() && !(link.endsWith(")") && link.contains("("))) {
                tail = trail.group();
                link = link.substring(0, trail.start());
            }
            out.append(inline(line.substring(last, url.start()))).append('<').append(link).append('>')
                    .append(inline(tail));
            last = url.end();
        }
        out.append(inline(line.substring(last)));
        Matcher block = BLOCK_START.matcher(out);
        if (block.find()) {
            out.insert(Character.isDigit(out.charAt(0)) ? block.end() : 0, '\\');
        }
        return out.toString();
    }

    private static String inline(String s) {
        String escaped = s.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`").replace("[", "\\[")
                .replace("]", "\\]").replace("<", "\\<").replace("~", "\\~");
        escaped = ENTITY.matcher(escaped).replaceAll("\\\\&");
        return escaped.replaceAll("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])", "\\\\_");
    }
}
