package org.tweetorial.core.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small streaming JSON writer for one document: compact (one line, for command output) or indented by two spaces
 * (for files, so that they diff well). Strings are escaped for JSON and for JavaScript (U+2028, U+2029).
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> firstInScope = new ArrayDeque<>();
    private final boolean indented;
    private boolean afterName;

    private JsonWriter(boolean indented) {
        this.indented = indented;
    }

    /** No whitespace at all. */
    public static JsonWriter compact() {
        return new JsonWriter(false);
    }

    /** One member or element per line, indented by two spaces per level; {@code "name": value}. */
    public static JsonWriter indented() {
        return new JsonWriter(true);
    }

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String name) {
        separate();
        string(name);
        out.append(indented ? ": " : ":");
        afterName = true;
        return this;
    }

    /** A string, or {@code null} when {@code s} is null. */
    public JsonWriter value(String s) {
        beforeValue();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonWriter value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** The document written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char c) {
        beforeValue();
        out.append(c);
        firstInScope.push(true);
        return this;
    }

    private JsonWriter close(char c) {
        boolean empty = firstInScope.pop();
        if (!empty) {
            newline();
        }
        out.append(c);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else {
            separate();
        }
    }

    private void separate() {
        if (firstInScope.isEmpty()) {
            return;
        }
        if (!firstInScope.pop()) {
            out.append(',');
        }
        firstInScope.push(false);
        newline();
    }

    private void newline() {
        if (indented) {
            out.append('\n').append("  ".repeat(firstInScope.size()));
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
