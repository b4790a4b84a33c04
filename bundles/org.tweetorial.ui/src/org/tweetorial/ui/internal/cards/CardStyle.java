package org.tweetorial.ui.internal.cards;

/**
 * How cards are drawn: a theme name and a size preset (see {@link CardStyles}).
 *
 * @param theme theme name, e.g. {@code light}
 * @param size  size preset name, e.g. {@code x}
 */
public record CardStyle(String theme, String size) {

    public int width() {
        return CardStyles.dimensions(size)[0];
    }

    public int height() {
        return CardStyles.dimensions(size)[1];
    }
}
