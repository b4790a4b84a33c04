package org.tweetorial.render;

/** Rendering failed; the message is meant for the user. */
public final class CardRenderException extends Exception {

    private static final long serialVersionUID = 1L;

    public CardRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
