package org.tweetorial.core.platform;

/**
 * The length of a text on a platform.
 *
 * @param length    length in the platform's unit (X: twitter-text weightedLength)
 * @param limit     the platform's maximum
 * @param valid     whether the platform accepts the text (X: twitter-text isValid, which is false for empty text)
 * @param bytes     UTF-8 bytes of the text
 * @param byteLimit the platform's UTF-8 byte limit, 0 if none
 */
public record Count(Platform platform, int length, int limit, boolean valid, int bytes, int byteLimit) {

    /** How much the text is over the length limit, 0 if it fits. */
    public int over() {
        return Math.max(0, length - limit);
    }

    /** How many bytes the text is over the byte limit, 0 if it fits or there is none. */
    public int bytesOver() {
        return byteLimit == 0 ? 0 : Math.max(0, bytes - byteLimit);
    }

    public boolean fits() {
        return over() == 0 && bytesOver() == 0;
    }
}
