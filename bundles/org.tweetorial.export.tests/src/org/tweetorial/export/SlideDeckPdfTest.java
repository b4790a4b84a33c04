package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slide deck: one card per page at the card's aspect ratio, as vectors, with the post text as notes. */
class SlideDeckPdfTest {

    @TempDir
    Path dir;

    private PDDocument export(SlideNotes notes) throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        ExportRequest request = ExportRequest.of(source).withArtifacts(Set.of(ExportArtifact.SLIDES))
                .withSlideNotes(notes).withFixedTime(ExampleProject.FIXED_TIME);
        ExportResult result = ExampleProject.exporter().export(request, ExportListener.SILENT);
        assertTrue(result.problems().stream().noneMatch(p -> p.message().contains("2x PNG")),
                "every card drawn as vectors: " + result.problems());
        return Loader.loadPDF(result.folder().resolve("slides.pdf").toFile());
    }

    @Test
    void oneVectorSlidePerPostWithNotesAnnotation() throws Exception {
        try (PDDocument pdf = export(SlideNotes.ANNOTATION)) {
            assertEquals(12, pdf.getNumberOfPages());
            PDPage first = pdf.getPage(0);
            assertEquals(1200f / 675f, first.getMediaBox().getWidth() / first.getMediaBox().getHeight(), 0.001f);
            List<PDAnnotation> annotations = pdf.getPage(2).getAnnotations();
            assertEquals(1, annotations.size());
            PDAnnotationText note = (PDAnnotationText) annotations.get(0);
            assertTrue(note.getContents().contains("Otto Frank (1895)"), note.getContents());
            COSName form = first.getResources().getXObjectNames().iterator().next();
            assertTrue(first.getResources().getXObject(form) instanceof PDFormXObject, "card painted as a form");
            assertEquals(12, PdfInspector.bookmarkTitles(pdf).size());
            PdfInspector.elements(pdf, "Figure").forEach(f -> assertFalse(f.getAlternateDescription().isBlank()));
            assertEquals(12, PdfInspector.elements(pdf, "Annot").size());
            for (PDPage page : pdf.getPages()) {
                assertEquals(0, PdfInspector.unmarkedPaintingOperators(page));
            }
        }
    }

    @Test
    void notesPagesFollowEachSlideWhenAsked() throws Exception {
        try (PDDocument pdf = export(SlideNotes.PAGE)) {
            assertEquals(24, pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(6);
            stripper.setEndPage(6);
            String notes = stripper.getText(pdf);
            assertTrue(notes.contains("Notes for slide 3 of 12"), notes);
            assertTrue(notes.contains("Ernest Starling (1914)"), notes);
            assertTrue(pdf.getPage(5).getAnnotations().isEmpty());
        }
    }
}
