package org.tweetorial.publish.internal.run;

import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;

import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.internal.plan.PlatformLimits;

/** One platform's calls, logged in. {@link PublishRun} decides what to call when and records it. */
public interface Poster {

    /** The limits of this server (a Mastodon instance's own), for the preflight. */
    PlatformLimits limits();

    /** Who is logged in (handle or acct; never a secret), for the journal. */
    String account();

    /** The server, for the journal and messages. */
    String server();

    /** Uploads one image with its alt text where the platform takes it at upload; returns what the post needs. */
    JsonElement upload(PlannedImage image, PublishListener listener) throws PublishException;

    /**
     * Whether media uploaded by an earlier run must be uploaded again (Bluesky deletes blobs no record uses after a
     * while; uploading the same bytes again gives the same blob).
     */
    boolean mediaExpireBetweenRuns();

    /** A new key for a post: a Bluesky record key (TID) or a Mastodon Idempotency-Key. */
    String newKey();

    /**
     * Looks for a post that was being sent when a run stopped.
     *
     * @param entry  the post's journal entry, state sending, with its key and time
     * @param parent the post it replies to, empty for the first
     */
    Optional<Published> find(PlannedPost post, org.tweetorial.publish.internal.journal.JournalPost entry,
            Optional<Published> parent) throws PublishException;

    /**
     * Sends a post under the entry's key. Retries that cannot double it (same key) are the poster's business.
     *
     * @param media  what {@link #upload} returned for each image
     * @param root   the thread's first post, empty when this is it
     * @param parent the post it replies to, empty for the first
     */
    Published create(PlannedPost post, org.tweetorial.publish.internal.journal.JournalPost entry,
            List<JsonElement> media, Optional<Published> root, Optional<Published> parent, PublishListener listener)
            throws PublishException;
}
