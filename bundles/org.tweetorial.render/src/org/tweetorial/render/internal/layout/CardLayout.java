package org.tweetorial.render.internal.layout;

import org.tweetorial.render.Layout;

/** Draws one kind of card into the content box of a {@link LayoutContext}. */
public interface CardLayout {

    Layout kind();

    void draw(LayoutContext ctx);
}
