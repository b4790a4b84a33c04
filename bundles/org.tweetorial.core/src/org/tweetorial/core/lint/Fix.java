package org.tweetorial.core.lint;

import java.util.List;

/** A quick fix: edits of the Markdown file, with a label for menus. */
public record Fix(String label, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix of(String label, int offset, int length, String replacement) {
        return new Fix(label, List.of(new TextEdit(offset, length, replacement)));
    }

    public String applyTo(String text) {
        return TextEdit.apply(text, edits);
    }
}
