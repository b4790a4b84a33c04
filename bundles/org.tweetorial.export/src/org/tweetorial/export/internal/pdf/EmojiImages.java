package org.tweetorial.export.internal.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tweetorial.render.CardRenderer;

/**
 * Twemoji images for emoji in PDF text, from the same {@code twemoji/svg/} resources the cards use (found through
 * the render bundle's class loader), rasterised once per process at {@value #PIXELS} pixels.
 */
public final class EmojiImages {

    static final int PIXELS = 72;
    private static final String ROOT = "twemoji/svg/";
    private static final Map<String, Optional<String>> NAMES = new ConcurrentHashMap<>();
    private static final Map<String, Optional<BufferedImage>> RASTERS = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final Map<String, PDImageXObject> embedded = new HashMap<>();

    public EmojiImages(PDDocument document) {
        this.document = document;
    }

    /** The Twemoji file name for a grapheme, if the set has one. */
    public static Optional<String> fileName(String grapheme) {
        return NAMES.computeIfAbsent(grapheme, g -> {
            for (String candidate : candidates(g)) {
                if (CardRenderer.class.getClassLoader().getResource(ROOT + candidate + ".svg") != null) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        });
    }

    /** Twemoji drops U+FE0F from file names unless the sequence has a zero-width joiner; try both. */
    private static List<String> candidates(String grapheme) {
        List<String> out = new ArrayList<>(2);
        out.add(hex(grapheme, grapheme.indexOf(0x200D) < 0));
        String all = hex(grapheme, false);
        if (!out.contains(all)) {
            out.add(all);
        }
        return out;
    }

    private static String hex(String grapheme, boolean dropVs16) {
        StringBuilder sb = new StringBuilder();
        grapheme.codePoints().filter(cp -> !(dropVs16 && cp == 0xFE0F))
                .forEach(cp -> sb.append(sb.isEmpty() ? "" : "-").append(Integer.toHexString(cp)));
        return sb.toString();
    }

    /** The emoji as an image XObject of this document, embedded once. */
    public Optional<PDImageXObject> image(String name) throws IOException {
        PDImageXObject x = embedded.get(name);
        if (x != null) {
            return Optional.of(x);
        }
        Optional<BufferedImage> raster = RASTERS.computeIfAbsent(name, EmojiImages::rasterise);
        if (raster.isEmpty()) {
            return Optional.empty();
        }
        x = LosslessFactory.createFromImage(document, raster.get());
        embedded.put(name, x);
        return Optional.of(x);
    }

    private static Optional<BufferedImage> rasterise(String name) {
        try (InputStream in = CardRenderer.class.getClassLoader().getResourceAsStream(ROOT + name + ".svg")) {
            if (in == null) {
                return Optional.empty();
            }
            RasterTranscoder t = new RasterTranscoder();
            TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(in.readAllBytes()));
            input.setURI("file:/tweetorial-emoji/" + name + ".svg");
            t.transcode(input, new TranscoderOutput());
            return Optional.ofNullable(t.image);
        } catch (IOException | TranscoderException e) {
            return Optional.empty();
        }
    }

    /** Keeps Batik's raster instead of encoding it. */
    private static final class RasterTranscoder extends ImageTranscoder {
        private BufferedImage image;

        RasterTranscoder() {
            addTranscodingHint(KEY_WIDTH, (float) PIXELS);
            addTranscodingHint(KEY_HEIGHT, (float) PIXELS);
            addTranscodingHint(KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
            addTranscodingHint(KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        }

        @Override
        public BufferedImage createImage(int w, int h) {
            return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            image = img;
        }
    }
}
