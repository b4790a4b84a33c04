package org.tweetorial.core.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/**
 * Gson set up for the project's JSON: {@code null} members are written (the schemas list them), nothing is
 * HTML-escaped, and U+2028/U+2029 are escaped so the text is also valid JavaScript.
 */
public final class Json {

    private static final Gson COMPACT = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final Gson INDENTED = new GsonBuilder().serializeNulls().disableHtmlEscaping()
            .setPrettyPrinting().create();

    private Json() {
    }

    /** No whitespace at all (command output: one line). */
    public static String compact(JsonElement element) {
        return COMPACT.toJson(element);
    }

    /** One member or element per line, indented by two spaces per level, {@code "name": value} (files). */
    public static String indented(JsonElement element) {
        return INDENTED.toJson(element);
    }
}
