package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * slides.pptx opened by LibreOffice Impress ({@code soffice --headless --convert-to pdf}; {@code ./tweetorial test}
 * installs {@code libreoffice-impress}): a page per slide at the deck's size, each card slide showing a picture the
 * size of the card, and the slide titles and references as text.
 */
class PptxInLibreOfficeTest {

    /** Generous: LibreOffice starts cold in a fresh profile on a loaded machine. Guards a hang, not a speed. */
    private static final long CONVERSION_LIMIT_SECONDS = 300;

    @TempDir
    static Path dir;
    private static Path pdf;

    @BeforeAll
    static void convert() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        ExportRequest request = ExportRequest.of(source).withArtifacts(Set.of(ExportArtifact.PPTX))
                .withFixedTime(ExampleProject.FIXED_TIME);
        ExportResult result = ExampleProject.exporter().export(request, ExportListener.SILENT);
        pdf = convertToPdf(result.folder().resolve("slides.pptx"), dir.resolve("converted"));
    }

    /** Converts with a throw-away LibreOffice profile; returns the PDF. */
    static Path convertToPdf(Path deck, Path outDir) throws IOException, InterruptedException {
        String soffice = soffice();
        Files.createDirectories(outDir);
        Path log = outDir.resolve("soffice.log");
        Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + outDir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                outDir.toString(), deck.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(CONVERSION_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("soffice did not finish converting " + deck + ": " + Files.readString(log));
        }
        Path out = outDir.resolve(deck.getFileName().toString().replaceFirst("\\.pptx$", ".pdf"));
        assertTrue(Files.isRegularFile(out), "soffice wrote no PDF (exit " + p.exitValue() + "): "
                + Files.readString(log));
        return out;
    }

    private static String soffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dirName, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail("LibreOffice (soffice) is not installed; './tweetorial test' installs it, or run "
                + "'apt-get install libreoffice-impress'");
    }

    @Test
    void aPagePerSlideAtTheDecksSize() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(13, doc.getNumberOfPages(), "12 card slides and the references slide");
            for (PDPage page : doc.getPages()) {
                assertEquals(960, page.getMediaBox().getWidth(), 1);
                assertEquals(540, page.getMediaBox().getHeight(), 1);
            }
        }
    }

    @Test
    void everyCardSlideShowsTheCardAtFullSize() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < 12; i++) {
                List<DrawnImages.Drawn> images = DrawnImages.of(doc.getPage(i));
                assertEquals(1, images.size(), "one picture on slide " + (i + 1));
                DrawnImages.Drawn card = images.get(0);
                assertEquals(1200, card.pixelWidth(), "the card's own pixels on slide " + (i + 1));
                assertEquals(675, card.pixelHeight());
                assertEquals(960, card.width(), 1, "drawn across the whole slide");
                assertEquals(540, card.height(), 1);
            }
            assertTrue(DrawnImages.of(doc.getPage(12)).isEmpty(), "the references slide is text");
        }
    }

    @Test
    void titlesAndReferencesAreText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertTrue(stripper.getText(doc).contains("Why does a fuller heart pump harder?"));
            stripper.setStartPage(13);
            stripper.setEndPage(13);
            String references = stripper.getText(doc);
            assertTrue(references.contains("References"), references);
            assertTrue(references.contains("Monnet X, Marik PE, Teboul JL."), references);
            assertFalse(references.isBlank());
        }
    }
}
