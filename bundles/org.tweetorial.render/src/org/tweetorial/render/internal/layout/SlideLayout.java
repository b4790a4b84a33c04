package org.tweetorial.render.internal.layout;

import org.tweetorial.render.Card;

/**
 * Draws one layout's card body into the content box of a {@link LayoutContext} and says in alt text what it
 * shows, in reading order, so that a screen-reader user gets the same content as a sighted reader.
 *
 * @param <B> the body this layout draws
 */
interface SlideLayout<B extends Card.Body> {

    Class<B> bodyType();

    void draw(LayoutContext ctx, B body);

    void describe(B body, AltText alt);
}
