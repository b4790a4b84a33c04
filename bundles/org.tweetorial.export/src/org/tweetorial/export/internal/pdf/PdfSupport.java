package org.tweetorial.export.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.export.internal.ExportPlan;

/** What the handout and the slide deck share: metadata, footers and saving. */
final class PdfSupport {

    private PdfSupport() {
    }

    static PdfMetadata metadata(ExportPlan plan, String kind) {
        FrontMatter fm = plan.tweetorial().frontMatter();
        String author = fm.author().or(fm::handle).orElse("Unknown author");
        List<String> keywords = fm.hashtags().stream().map(h -> h.startsWith("#") ? h.substring(1) : h).toList();
        String subject = kind + " of the tweetorial \"" + plan.title() + "\" (" + plan.tweetorial().posts().size()
                + " posts)";
        return new PdfMetadata(plan.title(), author, subject, keywords, plan.language(), plan.time());
    }

    /** A line of small text at the bottom of a page, marked as a pagination artifact. */
    static void footer(PDDocument pdf, PDPage page, PdfFonts fonts, TaggedContent tags, String text, float x,
            float baseline) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                true)) {
            tags.beginArtifact(cs, "Pagination");
            TextShaper shaper = new TextShaper(fonts);
            float cx = x;
            List<Segment> segments = shaper.shape(text, HandoutStyle.FOOTER);
            for (BidiOrder.Drawn d : BidiOrder.visual(segments, LineWrapper.isRightToLeft(text))) {
                Segment s = d.segment();
                if (s.kind() == Segment.Kind.TEXT) {
                    cs.beginText();
                    cs.setNonStrokingColor(HandoutStyle.FOOTER.color());
                    cs.setFont(fonts.pdFont(s.font()), HandoutStyle.FOOTER.size());
                    cs.newLineAtOffset(cx, baseline);
                    cs.showText(d.glyphs());
                    cs.endText();
                }
                cx += s.width();
            }
            tags.end(cs);
        }
    }

    static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        pdf.save(out);
        return out.toByteArray();
    }
}
