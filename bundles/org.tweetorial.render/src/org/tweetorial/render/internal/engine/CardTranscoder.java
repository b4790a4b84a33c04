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

/** Rasterises one card document to an opaque RGB image through Batik with the {@link SafeUserAgent}. */
final class CardTranscoder extends ImageTranscoder {

    private BufferedImage result;

    CardTranscoder(SafeUserAgent agent, int pixelWidth, int pixelHeight, Color background) {
        // The superclass constructor creates its own agent; replace it before anything can use it.
        this.userAgent = agent;
        addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) pixelWidth);
        addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) pixelHeight);
        addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, background);
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
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
        result = img;
    }
}
