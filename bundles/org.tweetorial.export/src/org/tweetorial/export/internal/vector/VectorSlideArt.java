package org.tweetorial.export.internal.vector;

import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.tweetorial.export.internal.cards.PostCard;
import org.tweetorial.export.internal.pdf.SlideArt;
import org.w3c.dom.svg.SVGDocument;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Paints each card's SVG as vectors. Only {@code data:} resources (the embedded images) are loaded and no script
 * runs. A card whose SVG Batik cannot build is drawn by the fallback (the 2x PNG) instead.
 */
public final class VectorSlideArt implements SlideArt {

    private static final String BASE_URL = "file:/tweetorial-card/card.svg";

    private final Map<PostCard, byte[]> svgs;
    private final SlideArt fallback;
    private final FontFamilyResolver fonts = new BundledFontResolver();

    /** @param svgs each card's SVG document (UTF-8) */
    public VectorSlideArt(Map<PostCard, byte[]> svgs, SlideArt fallback) {
        this.svgs = svgs;
        this.fallback = fallback;
    }

    @Override
    public String paint(PDDocument pdf, PDPageContentStream cs, PostCard card, float width, float height)
            throws IOException {
        byte[] svg = svgs.get(card);
        GraphicsNode node = svg == null ? null : build(svg);
        if (node == null) {
            return fallback.paint(pdf, cs, card, width, height);
        }
        PDFormXObject form;
        try {
            form = paintToForm(pdf, node, card, width, height);
        } catch (LinkageError e) {
            // graphics2d 3.0.5's manifest has no Import-Package; in an OSGi runtime that cannot see PDFBox from the
            // bridge, slides still come out, as images.
            return fallback.paint(pdf, cs, card, width, height);
        }
        cs.drawForm(form);
        return "vector";
    }

    private static PDFormXObject paintToForm(PDDocument pdf, GraphicsNode node, PostCard card, float width,
            float height) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, width, height);
        try {
            g.transform(AffineTransform.getScaleInstance(width / card.png().width(), height / card.png().height()));
            node.paint(g);
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    private GraphicsNode build(byte[] svg) {
        UserAgentAdapter agent = new SafeAgent(fonts);
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamicState(BridgeContext.STATIC);
        try {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            SVGDocument doc = factory.createSVGDocument(BASE_URL, new ByteArrayInputStream(svg));
            return new GVTBuilder().build(context, doc);
        } catch (IOException | BridgeException e) {
            return null;
        } finally {
            context.dispose();
        }
    }

    /** Loads nothing but {@code data:} URLs, runs no script and uses the bundled fonts. */
    private static final class SafeAgent extends UserAgentAdapter {
        private final FontFamilyResolver fonts;

        SafeAgent(FontFamilyResolver fonts) {
            this.fonts = fonts;
        }

        @Override
        public FontFamilyResolver getFontFamilyResolver() {
            return fonts;
        }

        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
            return new NoLoadScriptSecurity(scriptType);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
            return new EmbededExternalResourceSecurity(resourceURL);
        }

        @Override
        public void displayError(Exception e) {
            // a broken element is left out; the card renderer has already reported problems with the content
        }
    }
}
