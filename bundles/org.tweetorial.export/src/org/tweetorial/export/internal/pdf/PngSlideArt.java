package org.tweetorial.export.internal.pdf;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tweetorial.export.internal.cards.PostCard;

/** Draws each card as a losslessly embedded PNG rendered at twice the card size. */
public final class PngSlideArt implements SlideArt {

    private final Map<PostCard, byte[]> doubleSize;

    /** @param doubleSize each card's PNG at scale 2 */
    public PngSlideArt(Map<PostCard, byte[]> doubleSize) {
        this.doubleSize = doubleSize;
    }

    @Override
    public String paint(PDDocument pdf, PDPageContentStream cs, PostCard card, float width, float height)
            throws IOException {
        byte[] png = doubleSize.getOrDefault(card, card.png().bytes());
        PDImageXObject img = PdfImages.fromBytes(pdf, png)
                .orElseThrow(() -> new IOException("card " + card.fileName() + " is not a readable PNG"));
        cs.drawImage(img, 0, 0, width, height);
        return "png";
    }
}
