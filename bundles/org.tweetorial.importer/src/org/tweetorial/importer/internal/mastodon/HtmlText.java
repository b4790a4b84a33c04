package org.tweetorial.importer.internal.mastodon;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A Mastodon status's HTML as the plain text that was posted, with jsoup: paragraphs separated by a blank line,
 * {@code <br>} as a line break, mentions and hashtags as their text, other links as their full {@code href}
 * (Mastodon shows them shortened with hidden spans).
 */
final class HtmlText {

    private HtmlText() {
    }

    static String toText(String html) {
        StringBuilder out = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            append(node, out);
        }
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText().replaceAll("\\s*\\n\\s*", " "));
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "br" -> out.append('\n');
                case "a" -> out.append(link(e));
                case "p", "div", "blockquote", "li" -> {
                    paragraphBreak(out);
                    e.childNodes().forEach(c -> append(c, out));
                    paragraphBreak(out);
                }
                default -> e.childNodes().forEach(c -> append(c, out));
            }
        }
    }

    private static String link(Element a) {
        String href = a.attr("href");
        String shown = a.text().strip();
        if (a.hasClass("mention") || a.hasClass("hashtag") || shown.startsWith("@") || shown.startsWith("#")
                || href.isBlank()) {
            return shown;
        }
        boolean urlLike = !shown.contains(" ") && (shown.contains(".") || shown.startsWith("http"));
        return urlLike || shown.isEmpty() ? href : shown + " (" + href + ")";
    }

    private static void paragraphBreak(StringBuilder out) {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
