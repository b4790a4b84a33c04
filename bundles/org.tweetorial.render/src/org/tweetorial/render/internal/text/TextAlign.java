package org.tweetorial.render.internal.text;

/** Horizontal alignment in the paragraph's reading direction (START is the right edge for right-to-left text). */
public enum TextAlign {
    START, CENTER, END
}
