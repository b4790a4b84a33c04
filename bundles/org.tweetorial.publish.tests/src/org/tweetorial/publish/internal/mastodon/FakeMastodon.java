package org.tweetorial.publish.internal.mastodon;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.tweetorial.publish.PublishFixtures;

/**
 * A Mastodon instance on 127.0.0.1 that follows the documented API as far as publishing uses it:
 * {@code GET /api/v2/instance}, {@code verify_credentials}, {@code POST /api/v2/media} (200, or 202 and then 206
 * until processed), {@code POST /api/v1/statuses} with {@code Idempotency-Key} (the same key gives the same
 * status), context and account statuses. Trouble on demand: a 429 with {@code X-RateLimit-Reset}, a 504 after the
 * status was saved.
 */
final class FakeMastodon implements AutoCloseable {

    static final String TOKEN = "fake-token-3f9a1c77e2";

    /** A stored status. */
    record Status(String id, String text, String replyTo, List<String> mediaIds, String visibility,
            String language, java.time.Instant created) {
    }

    final List<Status> statuses = new ArrayList<>();
    final Map<String, String> descriptions = new HashMap<>();
    final List<String> requests = new ArrayList<>();
    final List<String> authorizations = new ArrayList<>();
    /** Media uploads answered 202 (processing): the first one. */
    boolean firstMediaProcessing = true;
    /** The upload (1-based) answered 429 once, 0 for none. */
    int rateLimitUpload;
    /** The upload (1-based) whose connection is closed without an answer, once; 0 for none. */
    int dropUpload;
    /** The status (1-based count of creates) saved and then answered 504 once, 0 for none. */
    int gatewayTimeoutStatus;
    int maxCharacters = 500;

    private final HttpServer server;
    private final PublishFixtures.ManualClock clock;
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, Integer> polls = new HashMap<>();
    private final Set<Integer> troubleDone = new HashSet<>();
    private int uploads;
    private int creates;
    private int nextId = 100;

    FakeMastodon(PublishFixtures.ManualClock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        requests.add(method + " " + path);
        byte[] body = readAll(ex.getRequestBody());
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            authorizations.add(auth);
        }
        if (method.equals("GET") && path.equals("/api/v2/instance")) {
            send(ex, 200, instance());
            return;
        }
        if (!("Bearer " + TOKEN).equals(auth)) {
            send(ex, 401, error("The access token is invalid"));
            return;
        }
        if (method.equals("GET") && path.equals("/api/v1/accounts/verify_credentials")) {
            JsonObject me = new JsonObject();
            me.addProperty("id", "1");
            me.addProperty("acct", "alice");
            send(ex, 200, me.toString());
        } else if (method.equals("POST") && path.equals("/api/v2/media")) {
            media(ex, new String(body, StandardCharsets.UTF_8));
        } else if (method.equals("GET") && path.startsWith("/api/v1/media/")) {
            poll(ex, path.substring("/api/v1/media/".length()));
        } else if (method.equals("POST") && path.equals("/api/v1/statuses")) {
            status(ex, JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
        } else if (method.equals("GET") && path.matches("/api/v1/statuses/\\d+/context")) {
            context(ex, path.split("/")[4]);
        } else if (method.equals("GET") && path.equals("/api/v1/accounts/1/statuses")) {
            JsonArray all = new JsonArray();
            for (int i = statuses.size() - 1; i >= 0; i--) {
                all.add(json(statuses.get(i)));
            }
            send(ex, 200, all.toString());
        } else {
            send(ex, 404, error("Record not found"));
        }
    }

    private String instance() {
        JsonObject statusesConfig = new JsonObject();
        statusesConfig.addProperty("max_characters", maxCharacters);
        statusesConfig.addProperty("max_media_attachments", 4);
        statusesConfig.addProperty("characters_reserved_per_url", 23);
        JsonObject media = new JsonObject();
        media.addProperty("image_size_limit", 16_777_216);
        media.addProperty("description_limit", 1500);
        JsonObject config = new JsonObject();
        config.add("statuses", statusesConfig);
        config.add("media_attachments", media);
        JsonObject o = new JsonObject();
        o.addProperty("domain", "fake.test");
        o.add("configuration", config);
        return o.toString();
    }

    private void media(HttpExchange ex, String multipart) throws IOException {
        uploads++;
        if (uploads == dropUpload && troubleDone.add(-1000 - uploads)) {
            ex.close(); // the connection breaks mid-upload: no status line at all
            return;
        }
        if (uploads == rateLimitUpload && troubleDone.add(-uploads)) {
            ex.getResponseHeaders().add("X-RateLimit-Reset", clock.instant().plus(Duration.ofSeconds(30))
                    .toString());
            send(ex, 429, error("Too many requests"));
            return;
        }
        if (!multipart.contains("name=\"file\"; filename=")) {
            send(ex, 422, error("Validation failed: File can't be blank"));
            return;
        }
        Matcher m = Pattern.compile("name=\"description\"\r\n[^\r]*\r\n\r\n(.*?)\r\n--", Pattern.DOTALL)
                .matcher(multipart);
        String id = String.valueOf(nextId++);
        descriptions.put(id, m.find() ? m.group(1) : "");
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        if (firstMediaProcessing) {
            firstMediaProcessing = false;
            polls.put(id, 0);
            o.add("url", null);
            send(ex, 202, o.toString());
        } else {
            o.addProperty("url", "https://fake.test/media/" + id + ".png");
            send(ex, 200, o.toString());
        }
    }

    private void poll(HttpExchange ex, String id) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        int n = polls.merge(id, 1, Integer::sum);
        if (n < 2) {
            o.add("url", null);
            send(ex, 206, o.toString());
        } else {
            o.addProperty("url", "https://fake.test/media/" + id + ".png");
            send(ex, 200, o.toString());
        }
    }

    private void status(HttpExchange ex, JsonObject body) throws IOException {
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        if (key != null && byKey.containsKey(key)) {
            Status s = statuses.stream().filter(st -> st.id().equals(byKey.get(key))).findFirst().orElseThrow();
            send(ex, 200, json(s).toString());
            return;
        }
        creates++;
        List<String> media = new ArrayList<>();
        body.getAsJsonArray("media_ids").forEach(e -> media.add(e.getAsString()));
        Status s = new Status(String.valueOf(nextId++), body.get("status").getAsString(),
                body.has("in_reply_to_id") ? body.get("in_reply_to_id").getAsString() : null, media,
                body.get("visibility").getAsString(), body.has("language") ? body.get("language").getAsString() : null,
                clock.instant());
        statuses.add(s);
        if (key != null) {
            byKey.put(key, s.id());
        }
        if (creates == gatewayTimeoutStatus && troubleDone.add(creates)) {
            send(ex, 504, "<html>Gateway Time-out</html>");
            return;
        }
        send(ex, 200, json(s).toString());
    }

    private void context(HttpExchange ex, String id) throws IOException {
        JsonArray descendants = new JsonArray();
        Set<String> inThread = new HashSet<>(Set.of(id));
        for (Status s : statuses) {
            if (s.replyTo() != null && inThread.contains(s.replyTo())) {
                inThread.add(s.id());
                descendants.add(json(s));
            }
        }
        JsonObject o = new JsonObject();
        o.add("ancestors", new JsonArray());
        o.add("descendants", descendants);
        send(ex, 200, o.toString());
    }

    private static JsonObject json(Status s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id());
        o.addProperty("uri", "https://fake.test/users/alice/statuses/" + s.id());
        o.addProperty("url", "https://fake.test/@alice/" + s.id());
        o.addProperty("content", "<p>" + s.text() + "</p>");
        o.addProperty("in_reply_to_id", s.replyTo());
        o.addProperty("created_at", s.created().toString());
        JsonObject account = new JsonObject();
        account.addProperty("id", "1");
        o.add("account", account);
        return o;
    }

    private static String error(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("error", message);
        return o.toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
