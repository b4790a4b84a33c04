package org.tweetorial.publish;

import java.time.Duration;

/** Hears about a publish's progress, on the publishing thread. Every method does nothing by default. */
public interface PublishListener {

    /** Hears nothing. */
    PublishListener SILENT = new PublishListener() {
    };

    /** A step starts, e.g. "uploading card 03-list.png" for post 3 of 12. */
    default void step(int post, int total, String what) {
    }

    /** The publisher waits (rate limit, server trouble) and tells how long is left; called about every second. */
    default void waiting(Duration remaining, String why) {
    }

    /** A post is on the platform (just sent, or found there after a crash). */
    default void published(int post, int total, String url) {
    }

    /** Whether the user asked to stop; checked between steps (a stopped publish can be resumed). */
    default boolean cancelled() {
        return false;
    }
}
