package org.tweetorial.ui.internal.preview;

import java.util.Optional;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.render.Card;

/**
 * Where one post is drawn in the preview: its bounds, its laid-out text, and the boxes of its images and card.
 *
 * @param index      index of the post in the snapshot
 * @param summary    the post
 * @param bounds     the whole block
 * @param text       the post's text, wrapped and styled (owned by the layout cache)
 * @param textTop    y of the text
 * @param imageBoxes boxes of the post's images, in order
 * @param cardBox    box of the card, if the post has one
 * @param card       the post's card
 * @param badgeTop   y of the count badges
 */
record PostBlock(int index, PostSummary summary, Rectangle bounds, TextLayout text, int textTop,
        Rectangle[] imageBoxes, Rectangle cardBox, Optional<Card> card, int badgeTop) {

    boolean contains(int y) {
        return y >= bounds.y && y < bounds.y + bounds.height;
    }
}
