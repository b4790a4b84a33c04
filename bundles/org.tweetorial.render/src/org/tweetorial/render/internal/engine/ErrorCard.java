package org.tweetorial.render.internal.engine;

import java.util.List;

import org.tweetorial.render.Card;

/**
 * The card drawn in place of one that cannot be rendered: the same placeholder in the preview, the Cards view, the
 * card files and the PDFs, saying what went wrong and what to do.
 */
final class ErrorCard {

    static final String TITLE = "This card could not be rendered";

    private ErrorCard() {
    }

    static Card of(Card failed, String reason) {
        Card.Builder b = Card.builder(new Card.KeyPoint(TITLE, reason,
                List.of("Check the post's images and card directive, then save again.")))
                .kicker(failed.kicker())
                .altText(TITLE + ": " + reason);
        if (failed.numbering() != null) {
            b.numbering(failed.numbering());
        }
        return b.build();
    }
}
