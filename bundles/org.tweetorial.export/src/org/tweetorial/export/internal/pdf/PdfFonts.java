package org.tweetorial.export.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts of one document, embedded as subsets on first use only. PDFBox names a subset after a hash of
 * the glyphs it holds ({@code TrueTypeEmbedder.getTag}), so the same text gives the same subset tag every time.
 */
public final class PdfFonts {

    private final PDDocument document;
    private final Map<BundledFont, PDFont> loaded = new EnumMap<>(BundledFont.class);

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The first bundled font of the chain that has the code point, or empty when none has it. */
    public Optional<BundledFont> fontFor(int codePoint, boolean bold) {
        for (BundledFont f : BundledFont.chain(bold)) {
            if (f.canDisplay(codePoint)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public PDFont pdFont(BundledFont font) {
        return loaded.computeIfAbsent(font, f -> {
            try {
                return PDType0Font.load(document, new ByteArrayInputStream(f.bytes()), true);
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font " + f + " cannot be embedded", e);
            }
        });
    }

    public PDFont regular() {
        return pdFont(BundledFont.NOTO_SANS);
    }

    public PDFont bold() {
        return pdFont(BundledFont.NOTO_SANS_BOLD);
    }
}
