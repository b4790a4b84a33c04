package org.tweetorial.export.internal.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** A small streaming JSON writer with two-space indentation, so that exports diff well. */
public final class JsonOutput {

    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> firstInScope = new ArrayDeque<>();
    private boolean afterName;

    public JsonOutput beginObject() {
        return open('{');
    }

    public JsonOutput endObject() {
        return close('}');
    }

    public JsonOutput beginArray() {
        return open('[');
    }

    public JsonOutput endArray() {
        return close(']');
    }

    public JsonOutput name(String name) {
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonOutput value(String s) {
        beforeValue();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonOutput value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    public JsonOutput value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    public JsonOutput field(String name, String value) {
        return name(name).value(value);
    }

    public JsonOutput field(String name, long value) {
        return name(name).value(value);
    }

    public JsonOutput field(String name, boolean value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private JsonOutput open(char c) {
        beforeValue();
        out.append(c);
        firstInScope.push(true);
        return this;
    }

    private JsonOutput close(char c) {
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
        out.append('\n').append("  ".repeat(firstInScope.size()));
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
