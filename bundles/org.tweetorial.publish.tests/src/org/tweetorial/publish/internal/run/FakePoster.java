package org.tweetorial.publish.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.internal.journal.JournalPost;
import org.tweetorial.publish.internal.plan.PlatformLimits;

/**
 * An in-memory platform with Bluesky's rules: posts are stored under their key, a key sent twice is refused, a key
 * can be looked up. It outlives the runs of one test, as a server would.
 */
final class FakePoster implements Poster {

    /** A stored post. */
    record Stored(String key, String text, List<String> media, String parentId) {
    }

    final Map<String, Stored> posts = new LinkedHashMap<>();
    final List<String> uploads = new ArrayList<>();
    private int keys;

    @Override
    public PlatformLimits limits() {
        return PlatformLimits.defaults(Platform.BLUESKY, 500);
    }

    @Override
    public String account() {
        return "alice.test";
    }

    @Override
    public String server() {
        return "memory:";
    }

    @Override
    public JsonElement upload(PlannedImage image, PublishListener listener) {
        uploads.add(image.file().getFileName().toString());
        return new JsonPrimitive("blob-" + uploads.size());
    }

    @Override
    public boolean mediaExpireBetweenRuns() {
        return true;
    }

    @Override
    public String newKey() {
        return "key-" + (++keys);
    }

    @Override
    public Optional<Published> find(PlannedPost post, JournalPost entry, Optional<Published> parent) {
        return Optional.ofNullable(posts.get(entry.key)).map(FakePoster::published);
    }

    @Override
    public Published create(PlannedPost post, JournalPost entry, List<JsonElement> media, Optional<Published> root,
            Optional<Published> parent, PublishListener listener) throws PublishException {
        if (posts.containsKey(entry.key)) {
            throw new PublishException(PublishException.Reason.SERVER_ERROR, "key " + entry.key + " exists");
        }
        Stored s = new Stored(entry.key, post.text(), media.stream().map(JsonElement::getAsString).toList(),
                parent.map(Published::id).orElse(null));
        posts.put(entry.key, s);
        return published(s);
    }

    private static Published published(Stored s) {
        return new Published("id:" + s.key(), "cid:" + s.key(), "https://example.test/" + s.key());
    }
}
