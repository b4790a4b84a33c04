package org.tweetorial.importer;

/** A source that cannot be imported at all (missing, unreadable, unknown format); the message says what to do. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
