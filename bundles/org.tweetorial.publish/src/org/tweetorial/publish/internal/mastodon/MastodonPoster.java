package org.tweetorial.publish.internal.mastodon;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;
import org.tweetorial.core.platform.Platforms;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.internal.http.HttpCaller;
import org.tweetorial.publish.internal.http.Response;
import org.tweetorial.publish.internal.journal.JournalPost;
import org.tweetorial.publish.internal.plan.PlatformLimits;
import org.tweetorial.publish.internal.run.Poster;
import org.tweetorial.publish.internal.run.Published;

/**
 * Mastodon: limits from {@code GET /api/v2/instance}; media through {@code POST /api/v2/media} with the alt text
 * as {@code description} (202: polled at {@code GET /api/v1/media/:id} until processed); statuses through
 * {@code POST /api/v1/statuses} with {@code in_reply_to_id}, {@code visibility}, {@code language} and an
 * {@code Idempotency-Key} that the server honours for an hour, so that a resent post is never doubled. After that
 * hour a post left "sending" is looked for among the parent's replies (or the account's posts for the first).
 */
public final class MastodonPoster implements Poster {

    /** Mastodon keeps an Idempotency-Key for an hour; we trust it for a little less. */
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofMinutes(55);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int MAX_POLLS = 120;

    private final HttpCaller http;
    private final URI server;
    private final String token;
    private final PlatformLimits limits;
    private final String accountId;
    private final String acct;
    private final Optional<String> language;
    private final String visibility;

    private MastodonPoster(HttpCaller http, URI server, String token, PlatformLimits limits, JsonObject account,
            Optional<String> language, String visibility) {
        this.http = http;
        this.server = server;
        this.token = token;
        this.limits = limits;
        this.accountId = account.get("id").getAsString();
        this.acct = account.has("acct") ? account.get("acct").getAsString() : accountId;
        this.language = language;
        this.visibility = visibility;
    }

    /** Reads the instance's limits and checks the token. */
    public static MastodonPoster open(HttpCaller http, Account account, Optional<String> language, String visibility)
            throws PublishException {
        URI server = account.server();
        Response instance = http.send(HttpCaller.request(server.resolve("/api/v2/instance")).GET().build(),
                "reading the limits of " + server);
        if (!instance.ok() || !instance.json().has("configuration")) {
            throw new PublishException(PublishException.Reason.UNKNOWN_SERVER, server + " is not a Mastodon instance"
                    + " (GET /api/v2/instance answered " + instance.status() + "); check the instance address");
        }
        Response me = http.send(HttpCaller.request(server.resolve("/api/v1/accounts/verify_credentials"))
                .header("Authorization", "Bearer " + account.secret()).GET().build(), "checking the access token");
        if (me.status() == 401 || me.status() == 403) {
            throw new PublishException(PublishException.Reason.LOGIN, server + " refused the access token (wrong,"
                    + " revoked or expired, or without the scopes read write:statuses write:media); create one"
                    + " under Preferences > Development");
        }
        if (!me.ok() || !me.json().has("id")) {
            throw http.failure(me, "checking the access token at " + server);
        }
        return new MastodonPoster(http, server, account.secret(), limits(instance.json()), me.json(), language,
                visibility);
    }

    /** The limits an instance announces, with the platform profile's where it is silent. */
    static PlatformLimits limits(JsonObject instance) {
        JsonObject config = instance.getAsJsonObject("configuration");
        PlatformProfile p = Platforms.profile(Platform.MASTODON);
        JsonObject statuses = object(config, "statuses");
        JsonObject media = object(config, "media_attachments");
        int maxChars = integer(statuses, "max_characters", p.maxLength());
        int maxMedia = integer(statuses, "max_media_attachments", p.maxImages());
        long imageBytes = integer(media, "image_size_limit", (int) Math.min(Integer.MAX_VALUE, p.maxImageBytes()));
        int alt = integer(media, "description_limit", p.maxAltLength());
        return new PlatformLimits(Platforms.profile(Platform.MASTODON, maxChars), imageBytes, maxMedia, alt);
    }

    private static JsonObject object(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonObject() ? o.getAsJsonObject(name) : new JsonObject();
    }

    private static int integer(JsonObject o, String name, int fallback) {
        return o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsInt() : fallback;
    }

    @Override
    public PlatformLimits limits() {
        return limits;
    }

    @Override
    public String account() {
        return acct;
    }

    @Override
    public String server() {
        return server.toString();
    }

    @Override
    public boolean mediaExpireBetweenRuns() {
        return false;
    }

    @Override
    public String newKey() {
        return UUID.randomUUID().toString();
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpCaller.request(server.resolve(path)).header("Authorization", "Bearer " + token);
    }

    @Override
    public JsonElement upload(PlannedImage image, PublishListener listener) throws PublishException {
        String what = "uploading " + image.file().getFileName() + " to " + server.getHost();
        Multipart form = new Multipart().file("file", image.file().getFileName().toString(), image.mimeType(),
                image.bytes()).field("description", image.alt());
        Response r = http.sendRetrying(() -> authorized("/api/v2/media").header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(), what, listener);
        if (r.status() == 422 || r.status() == 413 || r.status() == 415) {
            throw new PublishException(PublishException.Reason.IMAGE_REJECTED, what + ": the instance refused the"
                    + " image (" + r.status() + " " + r.errorText() + ")");
        }
        if (!r.ok() || !r.json().has("id")) {
            throw http.failure(r, what);
        }
        String id = r.json().get("id").getAsString();
        if (r.status() == 202) {
            awaitProcessed(id, what, listener);
        }
        return new JsonPrimitive(id);
    }

    /** Polls an uploaded image until the instance processed it (206 while it works, 200 with its url). */
    private void awaitProcessed(String id, String what, PublishListener listener) throws PublishException {
        for (int i = 0; i < MAX_POLLS; i++) {
            http.waiter().waitFor(POLL, what + ": the instance is processing the image", listener);
            Response r = http.sendRetrying(() -> authorized("/api/v1/media/" + id).GET().build(), what, listener);
            if (r.status() == 200 && r.string("url").isPresent()) {
                return;
            }
            if (r.status() != 206 && r.status() != 200) {
                throw r.status() == 422 ? new PublishException(PublishException.Reason.IMAGE_REJECTED, what
                        + ": the instance could not process the image (" + r.errorText() + ")")
                        : http.failure(r, what);
            }
        }
        throw new PublishException(PublishException.Reason.SERVER_ERROR, what + ": the instance did not finish"
                + " processing the image; run again with --resume later");
    }

    @Override
    public Optional<Published> find(PlannedPost post, JournalPost entry, Optional<Published> parent)
            throws PublishException {
        Instant sentAt = sentAt(entry);
        if (Duration.between(sentAt, http.waiter().now()).compareTo(IDEMPOTENCY_WINDOW) < 0) {
            return Optional.empty(); // sent again under the same key, the instance returns the status it made
        }
        String what = "looking for post " + post.number() + " on " + server.getHost();
        if (parent.isPresent()) {
            Response r = http.sendRetrying(() -> authorized("/api/v1/statuses/" + parent.get().id() + "/context")
                    .GET().build(), what, PublishListener.SILENT);
            if (!r.ok()) {
                throw http.failure(r, what);
            }
            return first(r.json().getAsJsonArray("descendants"), parent.get().id(), Instant.MIN);
        }
        Response r = http.sendRetrying(() -> authorized("/api/v1/accounts/" + accountId + "/statuses?limit=40")
                .GET().build(), what, PublishListener.SILENT);
        if (!r.ok()) {
            throw http.failure(r, what);
        }
        return first(com.google.gson.JsonParser.parseString(r.body()).getAsJsonArray(), null,
                sentAt.minus(Duration.ofMinutes(5)));
    }

    private static Instant sentAt(JournalPost entry) {
        try {
            return entry.sentAt == null ? Instant.EPOCH : Instant.parse(entry.sentAt);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** The earliest status of this account replying to {@code parentId} (null: to none) since {@code after}. */
    private Optional<Published> first(JsonArray statuses, String parentId, Instant after) {
        Published best = null;
        Instant bestTime = Instant.MAX;
        for (JsonElement e : statuses) {
            JsonObject s = e.getAsJsonObject();
            JsonElement reply = s.get("in_reply_to_id");
            String replyTo = reply == null || reply.isJsonNull() ? null : reply.getAsString();
            boolean mine = s.getAsJsonObject("account").get("id").getAsString().equals(accountId);
            Instant created = Instant.parse(s.get("created_at").getAsString());
            if (mine && java.util.Objects.equals(replyTo, parentId) && !created.isBefore(after)
                    && created.isBefore(bestTime)) {
                best = published(s);
                bestTime = created;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Published create(PlannedPost post, JournalPost entry, List<JsonElement> media, Optional<Published> root,
            Optional<Published> parent, PublishListener listener) throws PublishException {
        JsonObject body = new JsonObject();
        body.addProperty("status", post.text());
        JsonArray ids = new JsonArray();
        media.forEach(ids::add);
        body.add("media_ids", ids);
        parent.ifPresent(p -> body.addProperty("in_reply_to_id", p.id()));
        body.addProperty("visibility", visibility);
        language.ifPresent(l -> body.addProperty("language", l));
        String what = "sending post " + post.number() + " to " + server.getHost();
        // The same Idempotency-Key on every retry: a status saved before a 5xx or a broken connection comes back.
        Response r = http.sendRetrying(() -> authorized("/api/v1/statuses").header("Content-Type", "application/json")
                .header("Idempotency-Key", entry.key).POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), what, listener);
        if (!r.ok() || !r.json().has("id")) {
            throw http.failure(r, what);
        }
        return published(r.json());
    }

    private static Published published(JsonObject status) {
        JsonElement url = status.get("url");
        String link = url == null || url.isJsonNull() ? status.get("uri").getAsString() : url.getAsString();
        return new Published(status.get("id").getAsString(), "", link);
    }
}
