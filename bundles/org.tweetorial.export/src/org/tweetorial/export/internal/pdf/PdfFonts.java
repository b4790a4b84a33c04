package org.tweetorial.export.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.tweetorial.render.BundledFonts;

/**
 * The render bundle's fonts in one document, embedded as subsets on first use only. PDFBox names a subset after a
 * hash of the glyphs it holds ({@code TrueTypeEmbedder.getTag}), so the same text gives the same subset tag every
 * time.
 */
public final class PdfFonts {

    private final PDDocument document;
    private final Map<BundledFonts.Face, PDFont> loaded = new HashMap<>();

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    public PDFont pdFont(BundledFonts.Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try (InputStream ttf = f.openTtf()) {
                return PDType0Font.load(document, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font " + f + " cannot be embedded", e);
            }
        });
    }

    public PDFont regular() {
        return pdFont(BundledFonts.primary(false));
    }

    public PDFont bold() {
        return pdFont(BundledFonts.primary(true));
    }
}
