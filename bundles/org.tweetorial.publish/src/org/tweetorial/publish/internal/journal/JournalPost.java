package org.tweetorial.publish.internal.journal;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;

/** One post's line in the journal (Gson maps the fields; names are the JSON names). */
public final class JournalPost {

    /** 1-based position in the thread. */
    public int number;
    /** SHA-256 of the text and the images sent: tells whether the source changed after a partial publish. */
    public String fingerprint;
    public PostState state = PostState.PENDING;
    /** Bluesky: the record key (a TID); Mastodon: the Idempotency-Key. Written before the post is sent. */
    public String key;
    /** When the post was (last) sent, ISO 8601; Mastodon keeps an Idempotency-Key for an hour. */
    public String sentAt;
    /** What the platform returned for each uploaded image (Bluesky: the blob; Mastodon: the media id). */
    public List<JsonElement> media = new ArrayList<>();
    /** Bluesky: the record's at:// URI; Mastodon: the status id. */
    public String id;
    /** Bluesky: the record's CID (replies need it); Mastodon: unused. */
    public String cid;
    /** The post's web address. */
    public String url;

    public JournalPost() {
        // for Gson
    }

    public JournalPost(int number, String fingerprint) {
        this.number = number;
        this.fingerprint = fingerprint;
    }
}
