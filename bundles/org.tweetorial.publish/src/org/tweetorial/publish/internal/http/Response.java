package org.tweetorial.publish.internal.http;

import java.net.http.HttpHeaders;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * An HTTP response with its body as text.
 *
 * @param status  the status code
 * @param headers the headers
 * @param body    the body, decoded as UTF-8
 */
public record Response(int status, HttpHeaders headers, String body) {

    private static final int MAX_SHOWN = 200;

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON object; an empty object when it is not one. */
    public JsonObject json() {
        try {
            JsonElement e = JsonParser.parseString(body);
            return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
        } catch (JsonParseException e) {
            return new JsonObject();
        }
    }

    /** A member of the JSON body as text, if present and not null. */
    public Optional<String> string(String name) {
        JsonElement e = json().get(name);
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
    }

    /** The server's own words about an error: atproto {@code error: message}, Mastodon {@code error}; cut short. */
    public String errorText() {
        JsonObject o = json();
        String code = o.has("error") && o.get("error").isJsonPrimitive() ? o.get("error").getAsString() : "";
        String message = o.has("message") && o.get("message").isJsonPrimitive() ? o.get("message").getAsString()
                : "";
        String text = code.isEmpty() ? message : message.isEmpty() ? code : code + ": " + message;
        if (text.isEmpty()) {
            text = body.strip();
        }
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
    }
}
