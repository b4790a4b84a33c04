package org.tweetorial.render.internal.engine;

import java.awt.Graphics2D;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.anim.dom.SVGOMDocument;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.dom.util.DOMUtilities;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.tweetorial.render.CardRenderException;
import org.w3c.dom.Document;

/**
 * Builds a card document's GVT tree with the {@link SafeUserAgent} and paints it as vectors onto any
 * {@link Graphics2D} (a PDF page, for instance). Runs on the {@link RenderThread} only.
 */
final class CardPainter {

    private CardPainter() {
    }

    static void paint(Document document, SafeUserAgent agent, Graphics2D g) throws CardRenderException {
        SVGOMDocument svg = document instanceof SVGOMDocument d ? d
                : (SVGOMDocument) DOMUtilities.deepCloneDocument(document, SVGDOMImplementation.getDOMImplementation());
        if (svg.getURL() == null) {
            svg.setParsedURL(new ParsedURL(CardTranscoder.BASE_URL));
        }
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamicState(BridgeContext.STATIC);
        try {
            GraphicsNode node = new GVTBuilder().build(context, svg);
            node.paint(g);
        } catch (BridgeException | SecurityException e) {
            throw new CardRenderException("card could not be painted: " + DefaultCardRenderer.rootMessage(e), e);
        } finally {
            context.dispose();
        }
    }
}
