package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Characters fonts lack, JPEG and PNG images, missing images and paper size in the handout. */
class PdfContentTest {

    private static final String FRONT = "---\ntitle: \"Edge cases\"\nauthor: Test Author\nhandle: \"@tester\"\n"
            + "hashtags: [MedEd]\nlanguage: en\n---\n";

    @TempDir
    Path dir;

    private ExportResult export(String body, ExportRequest base) throws Exception {
        Path source = ExampleProject.write(dir, "edge.md", FRONT + body);
        ExportRequest request = new ExportRequest(source, base.outputDir(), Set.of(ExportArtifact.HANDOUT),
                false, base.paper(), base.cardChoices(), base.cardDefaults(), base.cardFiles(), base.slideNotes(),
                java.util.Optional.of(ExampleProject.FIXED_TIME));
        return ExampleProject.exporter().export(request, ExportListener.SILENT);
    }

    private static String text(ExportResult result) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.folder().resolve("handout.pdf").toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void charactersFallBackToOtherFontsOrEmojiAndNeverVanish() throws Exception {
        ExportResult result = export("# Fallback\n\nHeart 🫀 and thread 🧵, 心臓 (CJK), ≥ ≈ → (symbols), "
                + "private \uE000 end.\n", ExportRequest.of(dir));
        String text = text(result);
        assertTrue(text.contains("心臓"), "CJK from the Droid fallback font");
        assertTrue(text.contains("≥ ≈ →"), "symbols from DejaVu");
        assertTrue(emojiActualText(result), "an emoji is an image that carries its text as ActualText");
        assertTrue(text.contains("[U+E000]"), "a character no font has is shown as its code");
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("U+E000")), result.problems()
                .toString());
    }

    /** PDFBox puts marked-content properties into the page's /Properties resources. */
    private static boolean emojiActualText(ExportResult result) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.folder().resolve("handout.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getPropertiesNames()) {
                    String actual = page.getResources().getProperties(name).getCOSObject()
                            .getString(COSName.ACTUAL_TEXT);
                    if ("🧵".equals(actual)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void jpegIsEmbeddedWithoutRecompressionAndPngLosslessly() throws Exception {
        ExportResult result = export("# Images\n\nAn ECG and a curve.\n\n"
                + "![ECG summary strip](images/ecg-summary.jpg)\n\n![Curve](images/frank-starling-curve.png)\n",
                ExportRequest.of(dir));
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(result.folder().resolve("handout.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                        images.add(img);
                    }
                }
            }
            PDImageXObject jpeg = images.stream().filter(i -> COSName.DCT_DECODE.equals(filter(i))).findFirst()
                    .orElseThrow();
            try (InputStream raw = jpeg.getCOSObject().createRawInputStream()) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("images/ecg-summary.jpg")), raw.readAllBytes());
            }
            assertTrue(images.stream().anyMatch(i -> i.getWidth() == 800 && COSName.FLATE_DECODE.equals(filter(i))),
                    "the PNG is Flate-compressed, not JPEG");
        }
    }

    private static Object filter(PDImageXObject image) {
        return image.getCOSObject().getDictionaryObject(COSName.FILTER);
    }

    @Test
    void missingImageGetsAPlaceholderAndAnError() throws Exception {
        ExportResult result = export("# Missing\n\nWhere did it go?\n\n![A chart that is not there](images/gone.png)\n",
                ExportRequest.of(dir));
        assertTrue(text(result).contains("Image not found: images/gone.png"));
        assertTrue(result.problems().stream().anyMatch(p -> p.isError() && p.message().contains("gone.png")));
        assertTrue(result.hasErrors());
    }

    @Test
    void letterPaperOnRequest() throws Exception {
        ExportResult result = export("# Letter\n\nOne post.\n", ExportRequest.of(dir).withPaper(PaperSize.LETTER));
        try (PDDocument pdf = Loader.loadPDF(result.folder().resolve("handout.pdf").toFile())) {
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertEquals(792f, pdf.getPage(0).getMediaBox().getHeight(), 0.01f);
        }
    }

    @Test
    void paperFromFrontMatter() throws Exception {
        Path source = ExampleProject.write(dir, "letter.md", "---\ntitle: T\npaper: letter\n---\n# One\n\nText.\n");
        ExportResult result = ExampleProject.exporter().export(ExportRequest.of(source)
                .withArtifacts(Set.of(ExportArtifact.HANDOUT)), ExportListener.SILENT);
        try (PDDocument pdf = Loader.loadPDF(result.folder().resolve("handout.pdf").toFile())) {
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 0.01f);
        }
    }
}
