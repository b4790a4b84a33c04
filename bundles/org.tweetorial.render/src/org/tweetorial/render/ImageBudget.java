package org.tweetorial.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;
import org.tweetorial.render.internal.engine.PngEncoder;

/**
 * Checks rendered PNGs against the platforms' upload limits (core's platform profiles, where each number has its
 * source) and finds a compression that fits.
 */
public final class ImageBudget {

    /** A smaller encoding of a card. */
    public record Compressed(byte[] bytes, String extension, String description) {
    }

    private static final float[] JPEG_QUALITIES = {0.92f, 0.85f, 0.75f, 0.6f, 0.45f};

    private ImageBudget() {
    }

    /** The largest image the platform accepts, in bytes; 0 when it publishes no limit. */
    public static long limit(Platform platform) {
        return Platforms.profile(platform).maxImageBytes();
    }

    /** Those of the platforms whose limit the image exceeds, in the given order. */
    public static List<Platform> exceeded(long bytes, Collection<Platform> platforms) {
        return platforms.stream().filter(p -> limit(p) > 0 && bytes > limit(p)).toList();
    }

    /** A warning for one platform, naming the sizes. */
    public static String warning(Platform platform, long bytes) {
        return String.format(Locale.ROOT, "%,d bytes exceeds the %s limit of %,d bytes", bytes,
                platform.displayName(), limit(platform));
    }

    /**
     * The first encoding within {@code limit}: an indexed-colour (palette) PNG, then JPEG at decreasing quality.
     *
     * @param png a PNG image
     */
    public static Optional<Compressed> compressToFit(byte[] png, long limit) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        if (img == null) {
            throw new IOException("not a readable PNG");
        }
        byte[] palette = PngEncoder.encodePalette(img);
        if (palette.length <= limit) {
            return Optional.of(new Compressed(palette, "png", "palette PNG (256 colours)"));
        }
        BufferedImage rgb = img;
        if (img.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(img, 0, 0, null);
        }
        for (float q : JPEG_QUALITIES) {
            byte[] jpg = jpeg(rgb, q);
            if (jpg.length <= limit) {
                return Optional.of(new Compressed(jpg, "jpg", String.format(Locale.ROOT, "JPEG quality %.0f%%",
                        q * 100)));
            }
        }
        return Optional.empty();
    }

    static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no JPEG writer available");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
