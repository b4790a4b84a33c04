package org.tweetorial.export.internal.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tweetorial.render.Emoji;

/** The cards' Twemoji images for emoji in PDF text, each embedded once per document at {@value #PIXELS} pixels. */
final class PdfEmoji {

    static final int PIXELS = 72;

    private final PDDocument document;
    private final Map<String, PDImageXObject> embedded = new HashMap<>();

    PdfEmoji(PDDocument document) {
        this.document = document;
    }

    /** The grapheme's image as an image XObject of this document, or empty when the set has none. */
    Optional<PDImageXObject> image(String grapheme) throws IOException {
        PDImageXObject x = embedded.get(grapheme);
        if (x != null) {
            return Optional.of(x);
        }
        Optional<BufferedImage> raster = Emoji.image(grapheme, PIXELS);
        if (raster.isEmpty()) {
            return Optional.empty();
        }
        x = LosslessFactory.createFromImage(document, raster.get());
        embedded.put(grapheme, x);
        return Optional.of(x);
    }
}
