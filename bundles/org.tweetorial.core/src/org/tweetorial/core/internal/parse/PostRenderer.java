package org.tweetorial.core.internal.parse;

/** Renders a Markdown fragment as posted plain text (for fixes that try out a split). */
public final class PostRenderer {

    private PostRenderer() {
    }

    public static String plainText(String markdown) {
        return MarkdownPostParser.plainText(markdown);
    }
}
