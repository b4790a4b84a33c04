package org.tweetorial.publish.internal.bluesky;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.tweetorial.core.platform.Platform;
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
 * Bluesky: {@code uploadBlob}, then {@code createRecord} of an {@code app.bsky.feed.post} under a TID chosen (and
 * journalled) beforehand, with reply references, images with alt text and aspect ratio, facets and languages.
 * A failed or unanswered create is checked with {@code getRecord} under the same key before it is sent again;
 * sending the same key twice cannot make a second post either (the PDS refuses it).
 */
public final class BlueskyPoster implements Poster {

    static final String POST = "app.bsky.feed.post";
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);

    private final XrpcSession session;
    private final Optional<String> language;

    public BlueskyPoster(XrpcSession session, Optional<String> language) {
        this.session = session;
        this.language = language;
    }

    /** Logs in. */
    public static BlueskyPoster open(HttpCaller http, Account account, Optional<String> language)
            throws PublishException {
        return new BlueskyPoster(XrpcSession.login(http, account), language);
    }

    @Override
    public PlatformLimits limits() {
        return PlatformLimits.defaults(Platform.BLUESKY, 0);
    }

    @Override
    public String account() {
        return session.handle();
    }

    @Override
    public String server() {
        return session.server().toString();
    }

    @Override
    public boolean mediaExpireBetweenRuns() {
        return true;
    }

    @Override
    public String newKey() {
        return Tid.next();
    }

    @Override
    public JsonElement upload(PlannedImage image, PublishListener listener) throws PublishException {
        String what = "uploading " + image.file().getFileName() + " to Bluesky";
        Response r = session.callRetrying(token -> session.post("com.atproto.repo.uploadBlob", token)
                .header("Content-Type", image.mimeType()).POST(HttpRequest.BodyPublishers.ofByteArray(image.bytes()))
                .build(), what, listener);
        if (!r.ok() || !r.json().has("blob")) {
            throw r.status() == 400 || r.status() == 413 ? new PublishException(
                    PublishException.Reason.IMAGE_REJECTED, what + ": the server refused the image (" + r.status()
                    + " " + r.errorText() + "); choose a smaller card size") : session.http().failure(r, what);
        }
        return r.json().get("blob");
    }

    @Override
    public Optional<Published> find(PlannedPost post, JournalPost entry, Optional<Published> parent)
            throws PublishException {
        Response r = session.call(token -> session.get("com.atproto.repo.getRecord", Map.of("repo", session.did(),
                "collection", POST, "rkey", entry.key), token).build(), "looking up post " + post.number());
        if (r.ok() && r.json().has("cid")) {
            return Optional.of(published(r.json().get("uri").getAsString(), r.json().get("cid").getAsString(),
                    entry.key));
        }
        if (r.status() == 400 && r.errorText().startsWith("RecordNotFound")) {
            return Optional.empty();
        }
        throw session.http().failure(r, "looking up post " + post.number() + " on Bluesky");
    }

    @Override
    public Published create(PlannedPost post, JournalPost entry, List<JsonElement> media, Optional<Published> root,
            Optional<Published> parent, PublishListener listener) throws PublishException {
        JsonObject body = new JsonObject();
        body.addProperty("repo", session.did());
        body.addProperty("collection", POST);
        body.addProperty("rkey", entry.key);
        body.add("record", record(post, media, root, parent));
        String what = "sending post " + post.number() + " to Bluesky";
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1;; attempt++) {
            Response r;
            try {
                r = session.call(token -> session.post("com.atproto.repo.createRecord", token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), what);
            } catch (PublishException e) {
                if (e.reason() != PublishException.Reason.CONNECTION_LOST) {
                    throw e;
                }
                r = null;
            }
            if (r != null && r.ok()) {
                return published(r.json().get("uri").getAsString(), r.json().get("cid").getAsString(), entry.key);
            }
            if (r != null && r.status() == 429) {
                session.http().waitOutRateLimit(r, what, listener);
                continue;
            }
            if (r != null && r.status() < 500) {
                throw session.http().failure(r, what);
            }
            // 5xx or no answer: the record may exist (a repeated key also gives 500): look before sending again.
            Optional<Published> found = find(post, entry, parent);
            if (found.isPresent()) {
                return found.get();
            }
            if (attempt >= HttpCaller.ATTEMPTS) {
                throw r == null ? new PublishException(PublishException.Reason.CONNECTION_LOST, what
                        + ": no answer after " + attempt + " attempts; run again with --resume")
                        : session.http().failure(r, what);
            }
            session.http().waiter().waitFor(backoff, what + ": trying again", listener);
            backoff = backoff.multipliedBy(2);
        }
    }

    JsonObject record(PlannedPost post, List<JsonElement> media, Optional<Published> root,
            Optional<Published> parent) throws PublishException {
        RichText rich = RichText.of(post.text());
        JsonObject record = new JsonObject();
        record.addProperty("$type", POST);
        record.addProperty("text", rich.text());
        record.addProperty("createdAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        language.ifPresent(l -> {
            JsonArray langs = new JsonArray();
            langs.add(l);
            record.add("langs", langs);
        });
        JsonArray facets = facets(rich);
        if (!facets.isEmpty()) {
            record.add("facets", facets);
        }
        if (root.isPresent() && parent.isPresent()) {
            JsonObject reply = new JsonObject();
            reply.add("root", strongRef(root.get()));
            reply.add("parent", strongRef(parent.get()));
            record.add("reply", reply);
        }
        if (!media.isEmpty()) {
            record.add("embed", images(post, media));
        }
        return record;
    }

    private JsonArray facets(RichText rich) throws PublishException {
        JsonArray out = new JsonArray();
        for (RichText.Facet f : rich.facets()) {
            JsonObject feature = new JsonObject();
            switch (f.kind()) {
                case LINK -> {
                    feature.addProperty("$type", "app.bsky.richtext.facet#link");
                    feature.addProperty("uri", f.value());
                }
                case TAG -> {
                    feature.addProperty("$type", "app.bsky.richtext.facet#tag");
                    feature.addProperty("tag", f.value());
                }
                case MENTION -> {
                    Optional<String> did = resolve(f.value());
                    if (did.isEmpty()) {
                        continue; // an unknown handle stays plain text, as in the Bluesky app
                    }
                    feature.addProperty("$type", "app.bsky.richtext.facet#mention");
                    feature.addProperty("did", did.get());
                }
            }
            JsonObject index = new JsonObject();
            index.addProperty("byteStart", f.byteStart());
            index.addProperty("byteEnd", f.byteEnd());
            JsonObject facet = new JsonObject();
            facet.add("index", index);
            JsonArray features = new JsonArray();
            features.add(feature);
            facet.add("features", features);
            out.add(facet);
        }
        return out;
    }

    /** A handle's DID, asked of the PDS ({@code com.atproto.identity.resolveHandle}); empty when it is unknown. */
    Optional<String> resolve(String handle) throws PublishException {
        Response r = session.call(token -> session.get("com.atproto.identity.resolveHandle", Map.of("handle", handle),
                token).build(), "resolving @" + handle);
        return r.ok() && r.json().has("did") ? Optional.of(r.json().get("did").getAsString()) : Optional.empty();
    }

    private static JsonObject images(PlannedPost post, List<JsonElement> media) {
        JsonArray images = new JsonArray();
        for (int i = 0; i < media.size(); i++) {
            PlannedImage image = post.images().get(i);
            JsonObject img = new JsonObject();
            img.add("image", media.get(i));
            img.addProperty("alt", image.alt());
            JsonObject ratio = new JsonObject();
            ratio.addProperty("width", image.width());
            ratio.addProperty("height", image.height());
            img.add("aspectRatio", ratio);
            images.add(img);
        }
        JsonObject embed = new JsonObject();
        embed.addProperty("$type", "app.bsky.embed.images");
        embed.add("images", images);
        return embed;
    }

    private static JsonObject strongRef(Published p) {
        JsonObject ref = new JsonObject();
        ref.addProperty("uri", p.id());
        ref.addProperty("cid", p.cid());
        return ref;
    }

    private Published published(String uri, String cid, String rkey) {
        return new Published(uri, cid, "https://bsky.app/profile/" + session.handle() + "/post/" + rkey);
    }
}
