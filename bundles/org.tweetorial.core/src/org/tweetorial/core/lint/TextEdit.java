package org.tweetorial.core.lint;

/** Replace {@code length} chars at {@code offset} (UTF-16, in the whole file) with {@code replacement}. */
public record TextEdit(int offset, int length, String replacement) {

    /** Applies edits (non-overlapping, any order) to a text. */
    public static String apply(String text, java.util.List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text);
        edits.stream().sorted(java.util.Comparator.comparingInt(TextEdit::offset).reversed())
                .forEach(e -> out.replace(e.offset(), e.offset() + e.length(), e.replacement()));
        return out.toString();
    }
}
