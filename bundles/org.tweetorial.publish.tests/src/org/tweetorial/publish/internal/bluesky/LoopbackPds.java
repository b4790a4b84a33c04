package org.tweetorial.publish.internal.bluesky;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A real Bluesky PDS on 127.0.0.1, started by {@code releng/pds/start-pds.sh} (which installs Node 22 and the
 * pinned {@code @atproto/pds} into a cache once) with two accounts, {@code alice.test} and {@code bob.test}.
 * Closing it closes the script's standard input: the PDS stops and deletes its data folder.
 */
final class LoopbackPds implements AutoCloseable {

    /** An account made by the script. */
    record User(String handle, String did, String appPassword) {
    }

    private final Process process;
    private final Path log;
    final URI url;
    final User alice;
    final User bob;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LoopbackPds(Process process, Path log, JsonObject ready) {
        this.process = process;
        this.log = log;
        this.url = URI.create(ready.get("url").getAsString());
        this.alice = user(ready.getAsJsonObject("alice"));
        this.bob = user(ready.getAsJsonObject("bob"));
        this.dataDir = Path.of(ready.get("dataDir").getAsString());
    }

    private static User user(JsonObject o) {
        return new User(o.get("handle").getAsString(), o.get("did").getAsString(), o.get("appPassword").getAsString());
    }

    /** The repository's {@code releng/pds/start-pds.sh}, found from the working directory (a bundle folder). */
    static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path s = dir.resolve("releng/pds/start-pds.sh");
            if (Files.isRegularFile(s)) {
                return s;
            }
        }
        throw new IllegalStateException("releng/pds/start-pds.sh not found above " + Path.of("").toAbsolutePath());
    }

    /** Installs (once) and starts the PDS; waits for its READY line. */
    static LoopbackPds start(Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", script().toString());
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return new LoopbackPds(p, log, JsonParser.parseString(line.substring(6)).getAsJsonObject());
            }
        }
        throw new IOException("the loopback PDS did not start; its output:\n" + Files.readString(log));
    }

    /** Every post in alice's repository, oldest record key first (keys are TIDs: thread order). */
    List<JsonObject> posts(String did) throws IOException, InterruptedException {
        List<JsonObject> out = new ArrayList<>();
        JsonObject r = get("com.atproto.repo.listRecords?repo=" + enc(did) + "&collection=app.bsky.feed.post"
                + "&limit=100&reverse=true");
        for (JsonElement e : r.getAsJsonArray("records")) {
            out.add(e.getAsJsonObject());
        }
        out.sort((a, b) -> rkey(a).compareTo(rkey(b)));
        return out;
    }

    static String rkey(JsonObject record) {
        String uri = record.get("uri").getAsString();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** Deletes every post of a user (between tests). */
    void deleteAll(User user) throws IOException, InterruptedException {
        String token = session(user).get("accessJwt").getAsString();
        for (JsonObject record : posts(user.did())) {
            JsonObject body = new JsonObject();
            body.addProperty("repo", user.did());
            body.addProperty("collection", "app.bsky.feed.post");
            body.addProperty("rkey", rkey(record));
            post("com.atproto.repo.deleteRecord", body, token);
        }
    }

    private JsonObject session(User user) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("identifier", user.handle());
        body.addProperty("password", user.appPassword());
        return post("com.atproto.server.createSession", body, null);
    }

    private JsonObject get(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/xrpc/" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(query + ": " + r.statusCode() + " " + r.body());
        }
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private JsonObject post(String method, JsonObject body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve("/xrpc/" + method))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(method + ": " + r.statusCode() + " " + r.body());
        }
        return r.body().isBlank() ? new JsonObject() : JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (process.waitFor() != 0) {
                throw new IOException("the loopback PDS stopped with " + process.exitValue() + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }
}
