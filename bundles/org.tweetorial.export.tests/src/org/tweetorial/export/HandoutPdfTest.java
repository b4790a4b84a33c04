package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parses the handout of the Frank–Starling example back and checks what a reader and a screen reader get. */
class HandoutPdfTest {

    @TempDir
    static Path dir;

    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void export() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        ExportRequest request = ExportRequest.of(source).withArtifacts(Set.of(ExportArtifact.HANDOUT))
                .withFixedTime(ExampleProject.FIXED_TIME);
        ExportResult result = ExampleProject.exporter().export(request, ExportListener.SILENT);
        pdf = Loader.loadPDF(result.folder().resolve("handout.pdf").toFile());
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void textIsRealAndSearchable() {
        assertTrue(text.contains("The Frank–Starling law in 10 posts"), "title");
        assertTrue(text.contains("Who found it?"), "post heading");
        assertTrue(text.contains("Otto Frank (1895)"), "posted text");
        assertTrue(text.contains("Ask learners first why a stretched rubber band"), "teaching notes");
        assertTrue(text.contains("Monnet X, Marik PE, Teboul JL"), "citation");
        assertTrue(text.contains("Hashtags:"), "title page details");
        assertTrue(text.contains("Two Frank–Starling curves"), "alt text of the image is printed");
    }

    @Test
    void hasTitlePagePostsAndReferencesAsBookmarks() {
        List<String> titles = PdfInspector.bookmarkTitles(pdf);
        assertEquals("The Frank–Starling law in 10 posts", titles.get(0));
        assertEquals("3. Who found it?", titles.get(3));
        assertEquals("References", titles.get(titles.size() - 1));
        assertEquals(1 + 12 + 1, titles.size(), "title, 12 posts, references");
    }

    @Test
    void hasDocumentMetadata() {
        PDDocumentInformation info = pdf.getDocumentInformation();
        assertEquals("The Frank–Starling law in 10 posts", info.getTitle());
        assertEquals("Tweetorial Studio examples", info.getAuthor());
        assertEquals("MedEd, Physiology", info.getKeywords());
        assertTrue(info.getSubject().contains("12 posts"));
        assertEquals(ExampleProject.FIXED_TIME.toEpochMilli(), info.getCreationDate().getTimeInMillis());
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
    }

    @Test
    void isTaggedForAccessibility() throws IOException {
        assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree(), "parent tree");
        assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "MarkInfo /Marked true");
        COSDictionary prefs = (COSDictionary) PdfInspector.catalogItem(pdf, "ViewerPreferences");
        assertTrue(prefs.getBoolean("DisplayDocTitle", false), "DisplayDocTitle");
        String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA identification");
        assertTrue(xmp.contains("The Frank–Starling law in 10 posts"), "XMP title");
        assertFalse(PdfInspector.elements(pdf, "H1").isEmpty());
        assertEquals(12 + 1 + 1, PdfInspector.elements(pdf, "H2").size(), "contents, 12 posts, references");
    }

    @Test
    void allPageContentIsTaggedOrAnArtifact() throws IOException {
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            assertEquals(0, PdfInspector.unmarkedPaintingOperators(pdf.getPage(i)), "page " + (i + 1));
        }
    }

    @Test
    void everyFigureHasAltText() {
        List<PDStructureElement> figures = PdfInspector.elements(pdf, "Figure");
        assertEquals(12 + 1, figures.size(), "12 cards and the curve image");
        for (PDStructureElement figure : figures) {
            String alt = figure.getAlternateDescription();
            assertNotNull(alt);
            assertFalse(alt.isBlank());
        }
        assertTrue(figures.stream().anyMatch(f -> f.getAlternateDescription().startsWith("Two Frank–Starling")));
    }

    @Test
    void fontsAreEmbeddedSubsets() throws IOException {
        List<PDFont> fonts = PdfInspector.fonts(pdf);
        assertFalse(fonts.isEmpty());
        for (PDFont font : fonts) {
            assertTrue(font.isEmbedded(), font.getName() + " embedded");
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
        }
    }

    @Test
    void isCompactWithSeveralPostsPerPage() {
        // Title page (with the contents), 12 posts two or three to a page, references: at most 8 pages.
        int pages = pdf.getNumberOfPages();
        assertTrue(pages <= 8, "12 posts on " + pages + " pages");
        long pagesWithPosts = PdfInspector.elements(pdf, "Sect").stream()
                .flatMap(sect -> PdfInspector.pagesOf(sect).stream()).distinct().count();
        assertTrue(pagesWithPosts > 0, "sections have content");
        assertTrue(pagesWithPosts < 12, "posts share pages: " + pagesWithPosts + " pages for 12 posts");
    }

    @Test
    void everyPostStaysWholeOnOnePage() {
        List<PDStructureElement> posts = PdfInspector.elements(pdf, "Sect").stream()
                .filter(s -> s.getKids().stream().anyMatch(k -> k instanceof PDStructureElement e
                        && "Figure".equals(e.getStructureType())))
                .toList();
        assertEquals(12, posts.size(), "one section with a card per post");
        for (PDStructureElement post : posts) {
            Set<PDPage> pages = PdfInspector.pagesOf(post);
            assertEquals(1, pages.size(), "post " + (posts.indexOf(post) + 1) + " spans " + pages.size() + " pages");
        }
    }

    @Test
    void isA4ByDefault() {
        assertEquals(595.3f, pdf.getPage(0).getMediaBox().getWidth(), 0.1f);
        assertEquals(841.9f, pdf.getPage(0).getMediaBox().getHeight(), 0.1f);
    }
}
