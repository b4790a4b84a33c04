package org.tweetorial.export.internal.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Embeds images without loss. JPEG: the original bytes ({@code JPEGFactory.createFromByteArray}, no recompression).
 * PNG: the original compressed pixel data with PNG predictors where PDFBox's PNG converter accepts the file (no
 * decoding at all, the fast path for rendered cards), else decoded and Flate-compressed by {@code LosslessFactory}.
 * Other formats (GIF, BMP...) go through {@code LosslessFactory}.
 */
public final class PdfImages {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private PdfImages() {
    }

    /** A post's image file, or empty when it is missing, too large or not an image. */
    public static Optional<PDImageXObject> fromFile(PDDocument pdf, Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
            return Optional.empty();
        }
        return fromBytes(pdf, Files.readAllBytes(file));
    }

    public static Optional<PDImageXObject> fromBytes(PDDocument pdf, byte[] bytes) throws IOException {
        if (isJpeg(bytes)) {
            return Optional.of(JPEGFactory.createFromByteArray(pdf, bytes));
        }
        if (isPng(bytes)) {
            return Optional.of(PDImageXObject.createFromByteArray(pdf, bytes, "image.png"));
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        return image == null ? Optional.empty() : Optional.of(LosslessFactory.createFromImage(pdf, image));
    }

    static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF;
    }
}
