package org.tweetorial.publish;

import java.util.List;

/**
 * A publish stopped. The message says what happened and what to do; it never contains a credential. What was
 * sent before is in the journal, so a run with {@code resume} continues where this one stopped.
 */
public final class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the publish stopped. */
    public enum Reason {
        /** The source cannot be read, parsed or exported. */
        BAD_INPUT,
        /** The preflight found something to fix; nothing was sent (see {@link #issues()}). */
        PREFLIGHT,
        /** The source changed after a partial publish (see {@link #issues()}: the posts that differ). */
        SOURCE_CHANGED,
        /** A journal says this thread was partly published: resume it, or move the journal away. */
        UNFINISHED,
        /** No credentials, a wrong password, or a refused, revoked or expired token. */
        LOGIN,
        /** The server cannot be reached or is not a Bluesky PDS / Mastodon instance. */
        UNKNOWN_SERVER,
        /** The server refused an image. */
        IMAGE_REJECTED,
        /** Still rate limited after waiting. */
        RATE_LIMITED,
        /** The server failed (5xx) and kept failing, or refused a post. */
        SERVER_ERROR,
        /** The connection broke or timed out. */
        CONNECTION_LOST,
        /** The user cancelled. */
        CANCELLED,
        /** The journal cannot be read or written. */
        JOURNAL
    }

    private final Reason reason;
    private final transient List<PreflightIssue> issues;

    public PublishException(Reason reason, String message) {
        this(reason, message, List.of(), null);
    }

    public PublishException(Reason reason, String message, Throwable cause) {
        this(reason, message, List.of(), cause);
    }

    public PublishException(Reason reason, String message, List<PreflightIssue> issues, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.issues = List.copyOf(issues);
    }

    public Reason reason() {
        return reason;
    }

    /** What the preflight found ({@link Reason#PREFLIGHT}) or which posts changed ({@link Reason#SOURCE_CHANGED}). */
    public List<PreflightIssue> issues() {
        return issues;
    }

    /** Whether running again with {@code resume} can finish the thread (nothing needs fixing in the file). */
    public boolean resumable() {
        return switch (reason) {
            case RATE_LIMITED, SERVER_ERROR, CONNECTION_LOST, CANCELLED, UNFINISHED -> true;
            default -> false;
        };
    }
}
