package org.tweetorial.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Lenient access to JSON members that archives may leave out or give another type. */
public final class JsonFields {

    private JsonFields() {
    }

    /** The string (or number) member {@code key}, empty when absent, null or of another type. */
    public static Optional<String> string(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e != null && e.isJsonPrimitive() ? Optional.of(e.getAsString()) : Optional.empty();
    }

    /** The object member {@code key}, or null. */
    public static JsonObject object(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** The objects in the array member {@code key}; none when absent. */
    public static List<JsonObject> objects(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e != null && e.isJsonArray() ? objects(e.getAsJsonArray()) : List.of();
    }

    /** The objects of {@code array}, skipping other values. */
    public static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> list = new ArrayList<>();
        array.forEach(e -> {
            if (e.isJsonObject()) {
                list.add(e.getAsJsonObject());
            }
        });
        return list;
    }
}
