package org.tweetorial.export.internal.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tweetorial.export.internal.cards.PostCard;

/** Draws each card as a losslessly embedded PNG rendered at twice the card size. */
public final class PngSlideArt implements SlideArt {

    /** Renders a card's PNG at scale 2 when asked. */
    @FunctionalInterface
    public interface DoubleSizePng {
        byte[] render(PostCard card) throws IOException;
    }

    private final DoubleSizePng source;

    public PngSlideArt(DoubleSizePng source) {
        this.source = source;
    }

    @Override
    public String paint(PDDocument pdf, PDPageContentStream cs, PostCard card, float width, float height)
            throws IOException {
        PDImageXObject img = PdfImages.fromBytes(pdf, source.render(card))
                .orElseThrow(() -> new IOException("card " + card.fileName() + " is not a readable PNG"));
        cs.drawImage(img, 0, 0, width, height);
        return "png";
    }
}
