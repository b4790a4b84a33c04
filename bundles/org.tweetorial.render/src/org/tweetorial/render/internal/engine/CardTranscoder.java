package org.tweetorial.render.internal.engine;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.apache.batik.anim.dom.SVGOMDocument;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Document;

/**
 * Rasterises one document through Batik with the {@link SafeUserAgent}: a card to an opaque RGB image on its
 * background colour, or (without a background) an emoji to a transparent ARGB image.
 */
final class CardTranscoder extends ImageTranscoder {

    private final boolean transparent;
    private BufferedImage result;

    /** @param background the colour under the card, or null for a transparent image */
    CardTranscoder(SafeUserAgent agent, int pixelWidth, int pixelHeight, Color background) {
        // The superclass constructor creates its own agent; replace it before anything can use it.
        this.userAgent = agent;
        this.transparent = background == null;
        addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) pixelWidth);
        addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) pixelHeight);
        addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        if (!transparent) {
            addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, background);
        }
    }

    /** Base URL of generated documents: relative references resolve to file: URLs, which the agent refuses. */
    static final String BASE_URL = "file:/tweetorial-card/card.svg";

    BufferedImage render(Document document) throws TranscoderException {
        if (document instanceof SVGOMDocument svg && svg.getURL() == null) {
            svg.setParsedURL(new ParsedURL(BASE_URL));
        }
        transcode(new TranscoderInput(document), new TranscoderOutput());
        return result;
    }

    @Override
    public BufferedImage createImage(int w, int h) {
        return new BufferedImage(w, h, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
        result = img;
    }
}
