package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/** slides.pptx read back with POI: a card slide per post, alt text on every picture, notes, references, title. */
class PptxDeckTest {

    @TempDir
    static Path dir;
    private static ExportResult result;

    @BeforeAll
    static void export() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        ExportRequest request = ExportRequest.of(source).withArtifacts(Set.of(ExportArtifact.PPTX,
                ExportArtifact.CARDS)).withFixedTime(ExampleProject.FIXED_TIME);
        result = ExampleProject.exporter().export(request, ExportListener.SILENT);
    }

    private static XMLSlideShow deck() throws Exception {
        try (InputStream in = Files.newInputStream(result.folder().resolve("slides.pptx"))) {
            return new XMLSlideShow(in);
        }
    }

    @Test
    void oneCardSlidePerPostThenReferencesAtTheCardsAspectRatio() throws Exception {
        try (XMLSlideShow deck = deck()) {
            List<XSLFSlide> slides = deck.getSlides();
            assertEquals(12 + 1, slides.size(), "12 posts and the references slide");
            assertEquals(960, deck.getPageSize().width);
            assertEquals(540, deck.getPageSize().height, "1200x675 cards: 16:9");
            assertEquals("Why does a fuller heart pump harder?", slides.get(0).getTitle());
            assertEquals("References", slides.get(12).getTitle());
            String references = text(slides.get(12));
            assertTrue(references.contains("Sequeira V, van der Velden J."), references);
            assertTrue(references.contains("https://doi.org/10.1186/s13613-016-0216-7"), references);
        }
    }

    @Test
    void everyCardSlideShowsTheSamePngAsCardsWithItsAltText() throws Exception {
        List<Path> cardFiles;
        try (var files = Files.list(result.folder().resolve("cards"))) {
            cardFiles = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        try (XMLSlideShow deck = deck()) {
            for (int i = 0; i < 12; i++) {
                XSLFSlide slide = deck.getSlides().get(i);
                List<XSLFPictureShape> pictures = slide.getShapes().stream()
                        .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
                assertEquals(1, pictures.size(), "slide " + (i + 1));
                XSLFPictureShape picture = pictures.get(0);
                String alt = ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().getDescr();
                assertFalse(alt == null || alt.isBlank(), "alt text on slide " + (i + 1));
                assertArrayEquals(Files.readAllBytes(cardFiles.get(i)), picture.getPictureData().getData(),
                        "slide " + (i + 1) + " shows " + cardFiles.get(i).getFileName());
                assertEquals(960, picture.getAnchor().getWidth(), 0.5);
            }
        }
    }

    @Test
    void speakerNotesHoldTheTeachingNotesAndThePostedText() throws Exception {
        try (XMLSlideShow deck = deck()) {
            String notes = notes(deck.getSlides().get(3));
            assertTrue(notes.startsWith("Ask learners first why a stretched rubber band"), notes);
            assertTrue(notes.contains("Posted text:\n"), notes);
            String third = notes(deck.getSlides().get(2));
            assertTrue(third.contains("Otto Frank (1895)"), third);
        }
    }

    @Test
    void theTitleAndAuthorAreInTheDocumentProperties() throws Exception {
        try (XMLSlideShow deck = deck()) {
            var core = deck.getProperties().getCoreProperties();
            assertEquals("The Frank–Starling law in 10 posts", core.getTitle());
            assertEquals("Tweetorial Studio examples", core.getCreator());
            assertEquals(ExampleProject.FIXED_TIME.toEpochMilli(), core.getCreated().getTime());
        }
    }

    private static String notes(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        StringBuilder out = new StringBuilder();
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                out.append(shape.getText());
            }
        }
        return out.toString();
    }

    private static String text(XSLFSlide slide) {
        StringBuilder out = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                out.append(t.getText()).append('\n');
            }
        }
        return out.toString();
    }
}
