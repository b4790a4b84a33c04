package org.tweetorial.export.internal.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.tweetorial.export.internal.cards.PostCard;

/** Draws a card filling a slide: as vectors where possible, else as an image. */
public interface SlideArt {

    /**
     * Paints the card into the rectangle (0, 0, width, height) of the current page.
     *
     * @return how it was drawn, for the summary: {@code "vector"} or {@code "png"}
     */
    String paint(PDDocument pdf, PDPageContentStream cs, PostCard card, float width, float height)
            throws IOException;
}
