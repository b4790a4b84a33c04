package org.tweetorial.export.internal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tweetorial.core.text.TextSegmenter;
import org.tweetorial.render.BundledFonts;

/**
 * Flows tagged text and figures down pages with margins, starting a new page when something does not fit. Text is
 * real text in the bundled fonts; every piece of content belongs to a structure element, decoration is an artifact.
 * Lines follow the Unicode bidi algorithm: right-to-left paragraphs are set from the right margin, right-to-left
 * runs are drawn in visual order, and wherever the drawn glyphs differ from the text (shaped Arabic, reversed runs)
 * an {@code ActualText} span keeps the text layer searchable and copyable.
 */
public final class PageFlow implements AutoCloseable {

    /** Margins in points. */
    public record Margins(float top, float right, float bottom, float left) {
    }

    private final PDDocument pdf;
    private final PDRectangle size;
    private final Margins margins;
    private final TaggedContent tags;
    private final PdfFonts fonts;
    private final TextShaper shaper;
    private final LineWrapper wrapper;
    private final PdfEmoji emoji;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    /** A flow for a document in {@code language} (BCP 47, the front matter's; its line-break rules apply). */
    public PageFlow(PDDocument pdf, PDRectangle size, Margins margins, TaggedContent tags, PdfFonts fonts,
            String language) {
        this.pdf = pdf;
        this.size = size;
        this.margins = margins;
        this.tags = tags;
        this.fonts = fonts;
        this.shaper = new TextShaper(fonts);
        this.wrapper = new LineWrapper(shaper, TextSegmenter.forLanguage(language));
        this.emoji = new PdfEmoji(pdf);
    }

    public TextShaper shaper() {
        return shaper;
    }

    public List<PDPage> pages() {
        return pages;
    }

    public PDPage page() {
        return page;
    }

    public PDPageContentStream stream() {
        return cs;
    }

    public TaggedContent tags() {
        return tags;
    }

    public float y() {
        return y;
    }

    public float left() {
        return margins.left();
    }

    public float width() {
        return size.getWidth() - margins.left() - margins.right();
    }

    /** Height left on the current page. */
    public float remaining() {
        return page == null ? 0 : y - margins.bottom();
    }

    public void newPage() throws IOException {
        closeStream();
        page = new PDPage(size);
        pdf.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(pdf, page);
        y = size.getHeight() - margins.top();
    }

    /** Starts a new page unless {@code height} fits on this one. */
    public void ensure(float height) throws IOException {
        if (page == null || remaining() < height) {
            newPage();
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** Moves to {@code y} on the current page, e.g. back up to the top of a figure to fill the column beside it. */
    public void moveTo(float y) {
        this.y = y;
    }

    /** Height of a text block once wrapped. */
    public float measure(String text, TextStyle style, float indent) {
        return wrapper.wrap(text, style, width() - indent).size() * style.leading();
    }

    /** Draws wrapped text as content of {@code element}, breaking pages between lines. */
    public void text(PDStructureElement element, String text, TextStyle style) throws IOException {
        text(element, text, style, 0, null);
    }

    /**
     * Draws wrapped text indented by {@code indent}; with a {@code bar} colour, a vertical bar (an artifact) marks
     * the block on every page it reaches.
     */
    public void text(PDStructureElement element, String text, TextStyle style, float indent, Color bar)
            throws IOException {
        List<LineWrapper.Line> lines = wrapper.wrap(text, style, width() - indent);
        boolean open = false;
        float barTop = y;
        for (LineWrapper.Line line : lines) {
            if (page == null || remaining() < style.leading()) {
                if (open) {
                    tags.end(cs);
                    drawBar(bar, indent, barTop);
                    open = false;
                }
                newPage();
                barTop = y;
            }
            if (!open) {
                tags.begin(cs, page, element);
                open = true;
            }
            float x = margins.left() + indent + (line.rtl() ? width() - indent - line.width() : 0);
            drawLine(line, x, y - style.ascent(), style);
            y -= style.leading();
        }
        if (open) {
            tags.end(cs);
            drawBar(bar, indent, barTop);
        }
    }

    private void drawBar(Color bar, float indent, float top) throws IOException {
        if (bar == null) {
            return;
        }
        tags.beginArtifact(cs, "Layout");
        cs.setNonStrokingColor(bar);
        cs.addRect(margins.left() + indent - 10, y + 2, 2.5f, top - y - 2);
        cs.fill();
        tags.end(cs);
    }

    /** Draws one line of segments with its baseline at {@code baseline}, in visual order. */
    public void drawLine(LineWrapper.Line line, float x, float baseline, TextStyle style) throws IOException {
        float cx = x;
        for (BidiOrder.Drawn d : BidiOrder.visual(line.segments(), line.rtl())) {
            Segment s = d.segment();
            switch (s.kind()) {
                case TEXT -> showText(d.glyphs(), s.source(), s.font(), cx, baseline, style.size(), style.color());
                case EMOJI -> drawEmoji(s, cx, baseline, style);
                case MISSING -> showText(Segment.missingLabel(s.text()), Segment.missingLabel(s.text()), s.font(), cx,
                        baseline, style.size(), new Color(0xB0, 0x00, 0x20));
            }
            cx += s.width();
        }
    }

    private void showText(String text, String actual, BundledFonts.Face font, float x, float baseline, float size,
            Color color) throws IOException {
        if (text.isBlank()) {
            return;
        }
        boolean differs = !text.equals(actual);
        if (differs) {
            COSDictionary props = new COSDictionary();
            props.setItem(COSName.ACTUAL_TEXT, new COSString(actual));
            cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(props));
        }
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.setFont(fonts.pdFont(font), size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
        if (differs) {
            cs.endMarkedContent();
        }
    }

    private void drawEmoji(Segment s, float x, float baseline, TextStyle style) throws IOException {
        Optional<PDImageXObject> img = emoji.image(s.text());
        float side = style.size();
        if (img.isEmpty()) {
            String label = Segment.missingLabel(s.text());
            showText(label, label, BundledFonts.primary(false), x, baseline, style.size(), style.color());
            return;
        }
        COSDictionary props = new COSDictionary();
        props.setItem(COSName.ACTUAL_TEXT, new COSString(s.text()));
        cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(props));
        cs.drawImage(img.get(), x + side * 0.05f, baseline - side * 0.15f, side, side);
        cs.endMarkedContent();
    }

    /** Draws an image as the content of a figure element; the caller made room with {@link #ensure}. */
    public void image(PDStructureElement figure, PDImageXObject img, float x, float w, float h) throws IOException {
        tags.begin(cs, page, figure);
        cs.drawImage(img, x, y - h, w, h);
        tags.end(cs);
        y -= h;
    }

    /** A thin frame around the area just drawn, as an artifact. */
    public void frame(float x, float top, float w, float h, Color color) throws IOException {
        tags.beginArtifact(cs, "Layout");
        cs.setStrokingColor(color);
        cs.setLineWidth(0.6f);
        cs.addRect(x, top - h, w, h);
        cs.stroke();
        tags.end(cs);
    }

    /** A horizontal rule across the text width, as an artifact. */
    public void rule(Color color, float thickness) throws IOException {
        tags.beginArtifact(cs, "Layout");
        cs.setNonStrokingColor(color);
        cs.addRect(margins.left(), y - thickness, width(), thickness);
        cs.fill();
        tags.end(cs);
        y -= thickness;
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
