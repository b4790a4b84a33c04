package org.tweetorial.core.internal.parse;

/** Renders a Markdown fragment as posted plain text (for fixes that try out a split). */
public final class PostRenderer {

    private PostRenderer() {
    }

    /** {@code breaks}: the front matter's {@code breaks} (a newline inside a paragraph is a line break). */
    public static String plainText(String markdown, boolean breaks) {
        return MarkdownPostParser.plainText(markdown, breaks);
    }
}
