package org.tweetorial.export.internal.infographic;

import java.awt.geom.AffineTransform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.infographic.InfographicRenderer;
import org.tweetorial.render.infographic.InfographicSize;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * One PDF page holding the infographic as vectors (through {@code pdfbox-graphics2d}, as the slides are), at a
 * paper size (A4, A3, letter) or at the screen size in points; where the vector bridge cannot be loaded the page
 * holds the 2x PNG instead.
 */
final class InfographicPdf {

    private InfographicPdf() {
    }

    static byte[] write(InfographicRenderer renderer, Infographic info, RenderOptions options, InfographicSize size,
            String altText) throws IOException, CardRenderException {
        float w = size.pdfWidth();
        float h = size.pdfHeight();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle(info.title());
            pdf.getDocumentInformation().setSubject(altText);
            pdf.getDocumentInformation().setCreator("Tweetorial Studio");
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                try {
                    cs.drawForm(vectors(pdf, renderer, info, options, w, h));
                } catch (LinkageError e) {
                    byte[] png = renderer.render(info, options.withScale(2).withFormat(OutputFormat.PNG)).bytes();
                    cs.drawImage(PDImageXObject.createFromByteArray(pdf, png, "infographic.png"), 0, 0, w, h);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static PDFormXObject vectors(PDDocument pdf, InfographicRenderer renderer, Infographic info,
            RenderOptions options, float w, float h) throws IOException, CardRenderException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, w, h);
        try {
            g.transform(AffineTransform.getScaleInstance(w / options.size().width(), h / options.size().height()));
            List<Problem> ignored = renderer.paint(info, options, g);
            assert ignored != null;
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }
}
