package org.tweetorial.export.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.SlideNotes;
import org.tweetorial.export.internal.ExportPlan;
import org.tweetorial.export.internal.cards.PostCard;

/**
 * {@code slides.pdf}: one card per page at the card's aspect ratio for projecting, with the post's text as speaker
 * notes, either a text annotation on the slide or a notes page after it. Tagged: each slide is a section with the
 * card as a figure (alt text = the card's) and the notes as an annotation or paragraphs.
 */
public final class SlideDeckWriter {

    /** Slide width in points: 13.33 inches, the width of a 16:9 presentation slide. */
    static final float SLIDE_WIDTH = 960;

    private static final PageFlow.Margins NOTES_MARGINS = new PageFlow.Margins(56, 64, 56, 64);

    private SlideDeckWriter() {
    }

    public static PdfOutput write(ExportPlan plan, List<PostCard> cards, SlideArt art) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            TaggedContent tags = new TaggedContent(pdf);
            PdfFonts fonts = new PdfFonts(pdf);
            PDDocumentOutline outline = new PDDocumentOutline();
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            float height = SLIDE_WIDTH * plan.cardSize().height() / plan.cardSize().width();
            PDRectangle size = new PDRectangle(SLIDE_WIDTH, height);
            TreeSet<String> methods = new TreeSet<>();
            try (PageFlow notes = new PageFlow(pdf, size, NOTES_MARGINS, tags, fonts, plan.language())) {
                for (PostCard card : cards) {
                    PDStructureElement sect = tags.element(tags.document(), "Sect");
                    PDPage slide = slide(pdf, tags, sect, card, art, size, methods);
                    bookmark(outline, slide, card);
                    if (plan.slideNotes() == SlideNotes.PAGE) {
                        notesPage(notes, sect, card, cards.size());
                    } else {
                        notesAnnotation(tags, sect, slide, card, size);
                    }
                }
            }
            tags.finish();
            PdfSupport.metadata(plan, "Slide deck").applyTo(pdf, "slides:" + plan.tweetorial().text());
            List<ExportProblem> problems = new ArrayList<>();
            if (methods.contains("png")) {
                problems.add(new ExportProblem(ExportProblem.INFO, "slides.pdf",
                        "some cards could not be drawn as vectors and are embedded as 2x PNG images"));
            }
            return new PdfOutput(PdfSupport.save(pdf), problems);
        }
    }

    private static PDPage slide(PDDocument pdf, TaggedContent tags, PDStructureElement sect, PostCard card,
            SlideArt art, PDRectangle size, TreeSet<String> methods) throws IOException {
        PDPage page = new PDPage(size);
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            tags.begin(cs, page, tags.figure(sect, card.altText()));
            methods.add(art.paint(pdf, cs, card, size.getWidth(), size.getHeight()));
            tags.end(cs);
        }
        return page;
    }

    private static void notesAnnotation(TaggedContent tags, PDStructureElement sect, PDPage page, PostCard card,
            PDRectangle size) throws IOException {
        PDAnnotationText note = new PDAnnotationText();
        note.setContents(card.post().postedText().strip());
        note.setTitlePopup("Speaker notes");
        note.setName(PDAnnotationText.NAME_NOTE);
        note.setRectangle(new PDRectangle(size.getWidth() - 30, size.getHeight() - 30, 20, 20));
        note.setPrinted(false);
        note.setNoRotate(true);
        note.setNoZoom(true);
        page.getAnnotations().add(note);
        PDStructureElement annot = tags.element(sect, "Annot");
        annot.setAlternateDescription("Speaker notes: " + card.post().postedText().strip());
        tags.annotation(page, note, annot);
    }

    private static void notesPage(PageFlow flow, PDStructureElement sect, PostCard card, int total)
            throws IOException {
        flow.newPage();
        TaggedContent tags = flow.tags();
        flow.text(tags.element(sect, "H2"), "Notes for slide " + card.post().number() + " of " + total + ":  "
                + card.post().heading().orElse(""), HandoutStyle.HEADING);
        flow.space(12);
        for (String paragraph : card.post().postedText().strip().split("\n\\s*\n")) {
            flow.text(tags.element(sect, "P"), paragraph.strip(), TextStyle.of(16, false, HandoutStyle.TEXT));
            flow.space(8);
        }
        for (String note : card.post().notes()) {
            flow.text(tags.element(sect, "P"), "Teaching note: " + note.strip(),
                    TextStyle.of(14, false, HandoutStyle.MUTED));
            flow.space(6);
        }
    }

    private static void bookmark(PDDocumentOutline outline, PDPage page, PostCard card) {
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(card.post().number() + ". " + card.post().heading().orElse("Slide " + card.post().number()));
        item.setDestination(dest);
        outline.addLast(item);
    }
}
