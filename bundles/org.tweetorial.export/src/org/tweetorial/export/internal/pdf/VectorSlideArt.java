package org.tweetorial.export.internal.pdf;

import java.awt.geom.AffineTransform;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.tweetorial.export.internal.cards.PostCard;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.RenderOptions;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Paints each card as vectors through the renderer (which builds and paints it on its own thread with its
 * locked-down resource loading and bundled fonts) onto PDFBox via the {@code de.rototor.pdfbox.graphics2d} bridge.
 * A card that cannot be painted so is drawn by the fallback (the 2x PNG) instead.
 */
public final class VectorSlideArt implements SlideArt {

    private final CardRenderer renderer;
    private final RenderOptions options;
    private final SlideArt fallback;

    /** @param options the options the cards were rendered with (their size is the card's) */
    public VectorSlideArt(CardRenderer renderer, RenderOptions options, SlideArt fallback) {
        this.renderer = renderer;
        this.options = options;
        this.fallback = fallback;
    }

    @Override
    public String paint(PDDocument pdf, PDPageContentStream cs, PostCard card, float width, float height)
            throws IOException {
        PDFormXObject form;
        try {
            form = paintToForm(pdf, card, width, height);
        } catch (CardRenderException e) {
            return fallback.paint(pdf, cs, card, width, height);
        } catch (LinkageError e) {
            // graphics2d 3.0.5's manifest has no Import-Package; in an OSGi runtime that cannot see PDFBox from the
            // bridge, slides still come out, as images.
            return fallback.paint(pdf, cs, card, width, height);
        }
        cs.drawForm(form);
        return "vector";
    }

    private PDFormXObject paintToForm(PDDocument pdf, PostCard card, float width, float height)
            throws IOException, CardRenderException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, width, height);
        try {
            g.transform(AffineTransform.getScaleInstance(width / card.png().width(), height / card.png().height()));
            renderer.paint(card.card(), options, g);
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }
}
