package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.export.SafetyItem.Category;

/** The safety check: what it lists, what blocks, consent, the policy, and the exporter refusing to write. */
class SafetyCheckTest {

    /** Post 1: an MRN; post 2: the same with consent; post 3: placeholder alt text; post 4: missing image. */
    private static final String UNSAFE = """
            ---
            title: Hyponatraemia in 5 posts
            ---
            The patient, MRN: 12345678, presented confused.
            ---
            <!-- consent: written -->
            Our patient, MRN: 87654321, agreed to share the case.
            ---
            The ECG:

            ![TODO](ecg.png "Credit: A. Author")
            ---
            ![Sodium over 48 hours](nowhere.png "Credit: A. Author")
            ---
            A quote.[^undefined]
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Files.write(dir.resolve("ecg.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String summary(SafetyItem item) {
        return item.category().id() + " post " + item.post() + " line " + item.line() + " " + item.ruleId()
                + (item.blocks() ? " BLOCKS" : "");
    }

    @Test
    void listsEachFindingWithPostLineAndWhetherItBlocks() throws Exception {
        Path file = write("t.md", UNSAFE);
        SafetyReport report = SafetyCheck.check(file, SafetyCheck.Policy.defaults());
        assertEquals(List.of(
                "patient-identifier post 1 line 4 phi-mrn BLOCKS",
                "patient-identifier post 2 line 7 phi-mrn",
                "placeholder-alt-text post 3 line 11 alt-placeholder BLOCKS",
                "missing-image post 4 line 13 image-missing BLOCKS",
                "lint-error post 5 line 15 footnote-undefined"),
                report.items().stream().map(SafetyCheckTest::summary).toList());
        assertTrue(report.blocks());
        assertEquals(3, report.blocking().size());
        SafetyItem mrn = report.items().get(0);
        assertEquals("t.md:4:19", report.where(mrn));
        assertEquals("remove it or use made-up details; if the patient consented to sharing, add a line "
                + "<!-- consent --> to post 1", mrn.action());
        assertEquals("post 2 is marked as shared with the patient's consent", report.items().get(1).action());
        assertEquals("replace the placeholder with a description of what the image shows",
                report.items().get(2).action());
    }

    @Test
    void allowingPatientIdentifiersLeavesTheOtherBlocksAndStrictAddsLintErrors() throws Exception {
        Path file = write("t.md", UNSAFE);
        SafetyReport allowed = SafetyCheck.check(file, SafetyCheck.Policy.defaults()
                .withAllowPatientIdentifiers(true));
        assertEquals(List.of(Category.PLACEHOLDER_ALT_TEXT, Category.MISSING_IMAGE),
                allowed.blocking().stream().map(SafetyItem::category).toList());
        assertEquals("exported because patient identifiers are allowed for this export",
                allowed.items().get(0).action());
        SafetyReport strict = SafetyCheck.check(file, SafetyCheck.Policy.defaults().withLintErrorsBlock(true));
        assertTrue(strict.items(Category.LINT_ERROR).get(0).blocks());
    }

    @Test
    void aCleanThreadListsOnlyMissingCreditsAndDoesNotBlock() throws Exception {
        Path file = write("clean.md", "---\ntitle: T\n---\nThe ECG:\n\n![Sinus rhythm at 70/min](ecg.png)\n");
        SafetyReport report = SafetyCheck.check(file, SafetyCheck.Policy.defaults());
        assertEquals(List.of("missing-credit post 1 line 6 credit-missing"),
                report.items().stream().map(SafetyCheckTest::summary).toList());
        assertFalse(report.blocks());
    }

    @Test
    void theEditorsTextCanBeCheckedWithTheProblemsItShows() throws Exception {
        var t = Tweetorials.parse("Seen on 12 March 2024, DOB 03/04/1975.\n", dir);
        SafetyReport report = SafetyCheck.check(t, SafetyCheck.Policy.defaults());
        assertEquals(Optional.empty(), report.source());
        assertTrue(report.blocks());
        assertTrue(report.where(report.blocking().get(0)).startsWith("<input>:1:"), report.toString());
    }

    @Test
    void theBundledExamplesPass() throws Exception {
        try (var examples = Files.list(ExampleProject.repoRoot().resolve("examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".md")).toList()) {
                SafetyReport report = SafetyCheck.check(example, SafetyCheck.Policy.defaults());
                assertEquals(List.of(), report.blocking(), example.toString());
            }
        }
    }

    @Test
    void theExporterRefusesToWriteAnythingWhileSomethingBlocks() throws Exception {
        Path file = write("t.md", UNSAFE);
        ExportRequest request = ExportRequest.of(file).withArtifacts(java.util.Set.of(ExportArtifact.TEXT));
        assertEquals(Exporter.check(request), SafetyCheck.check(file, SafetyCheck.Policy.defaults()));
        ExportException e = assertThrows(ExportException.class,
                () -> ExampleProject.exporter().export(request, ExportListener.SILENT));
        assertEquals(ExportException.Reason.UNSAFE, e.reason());
        assertEquals(Exporter.check(request), e.safetyReport().orElseThrow());
        assertFalse(Files.exists(dir.resolve("t-export")), "nothing written");
    }

    @Test
    void consentAndFixesLetTheExportThrough() throws Exception {
        Path file = write("ok.md", UNSAFE.replace("The patient, MRN: 12345678, presented confused.",
                "<!-- consent -->\nThe patient, MRN: 12345678, presented confused.")
                .replace("![TODO]", "![ECG: sinus rhythm at 70/min]").replace("nowhere.png", "ecg.png"));
        ExportResult result = ExampleProject.exporter().export(ExportRequest.of(file)
                .withArtifacts(java.util.Set.of(ExportArtifact.TEXT)), ExportListener.SILENT);
        assertTrue(Files.readString(result.folder().resolve("thread.txt")).contains("MRN: 12345678"));
        assertEquals(2, result.safety().items(Category.PATIENT_IDENTIFIER).size());
        assertFalse(result.safety().blocks());
    }
}
