package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post with the consent marker says so in the handout, and only that post. */
class ConsentHandoutTest {

    @TempDir
    Path dir;

    @Test
    void handoutShowsConsentUnderTheMarkedPostOnly() throws Exception {
        Path source = dir.resolve("case.md");
        Files.writeString(source, "---\ntitle: A shared case\nplatforms: [mastodon]\n---\n"
                + "# The case\n\nMrs Rossi, who agreed to this thread, came back with ankle swelling.\n\n"
                + "<!-- consent: written, 2026-11-30 -->\n---\n# The lesson\n\nCheck the drug list first.\n");
        ExportRequest request = ExportRequest.of(source).withArtifacts(Set.of(ExportArtifact.HANDOUT))
                .withFixedTime(ExampleProject.FIXED_TIME);
        ExportResult result = ExampleProject.exporter().export(request, ExportListener.SILENT);
        try (PDDocument pdf = Loader.loadPDF(result.folder().resolve("handout.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertEquals(1, text.split("Shared with the patient's consent", -1).length - 1, text);
            int consent = text.indexOf("Shared with the patient's consent");
            assertEquals(true, consent > text.indexOf("ankle swelling") && consent < text.indexOf("The lesson",
                    text.indexOf("ankle swelling")), text);
        }
    }
}
