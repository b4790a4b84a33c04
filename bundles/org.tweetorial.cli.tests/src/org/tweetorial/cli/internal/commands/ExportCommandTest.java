package org.tweetorial.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tweetorial export}: exit codes, messages on stderr, the summary, strict mode, reproducible output. */
class ExportCommandTest {

    private static final String GOOD = "---\ntitle: \"Short\"\nauthor: A. Author\n---\n# One\n\nFirst post.\n\n---\n\n"
            + "# Two\n\nSecond post.\n";
    private static final String LINT_ERROR = "---\ntitle: \"Broken\"\n---\n# One\n\nSee the source.[^nowhere]\n";
    private static final String PHI = "---\ntitle: \"Case\"\n---\n# One\n\nThe patient, MRN: 12345678, was "
            + "confused.\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), dir);
        return new ExportCommand(env::get).run(List.of(args), ctx);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsNextToTheSourceWithProgressAndSummary() throws IOException {
        Files.writeString(dir.resolve("short.md"), GOOD);
        assertEquals(0, run(Map.of(), "short.md", "--only", "text,json,alt"));
        Path folder = dir.resolve("short-export");
        assertTrue(Files.readString(folder.resolve("thread.txt")).contains("Second post."));
        assertTrue(Files.exists(folder.resolve("thread.json")));
        assertTrue(Files.exists(folder.resolve("alt-text.txt")));
        assertFalse(Files.exists(folder.resolve("handout.pdf")), "--only limits the files");
        assertTrue(stderr().contains("[2/4] thread.txt"), stderr());
        assertTrue(stderr().contains("exported to short-export"), stderr());
        assertTrue(stderr().contains("problems: 0 error(s)"), stderr());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingFileIsExitTwoNamingTheFile() {
        assertEquals(2, run(Map.of(), "absent.md"));
        assertTrue(stderr().contains("absent.md"), stderr());
        assertFalse(stderr().contains("\tat "), "no stack trace");
    }

    @Test
    void badOptionsAreExitTwo() throws IOException {
        Files.writeString(dir.resolve("short.md"), GOOD);
        assertEquals(2, run(Map.of(), "short.md", "--only", "text,pdf"));
        assertTrue(stderr().contains("unknown 'pdf'"), stderr());
        assertEquals(2, run(Map.of(), "short.md", "--paper", "a5"));
        assertEquals(2, run(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "short.md"));
        assertEquals(2, run(Map.of(), "short.md", "--out", "."));
        assertTrue(stderr().contains("contains the source"), stderr());
    }

    @Test
    void strictWithLintErrorsWritesNothingAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("broken.md"), LINT_ERROR);
        assertEquals(1, run(Map.of(), "broken.md", "--strict", "--only", "text"));
        assertFalse(Files.exists(dir.resolve("broken-export")));
        assertTrue(stderr().contains("error in post 1: ") && stderr().contains("[footnote-undefined]\n"
                + "  to export: fix it: a strict export stops at every error\n"), stderr());
    }

    @Test
    void lintErrorsWithoutStrictStillExportAndAreListed() throws IOException {
        Files.writeString(dir.resolve("broken.md"), LINT_ERROR);
        assertEquals(1, run(Map.of(), "broken.md", "--only", "text"));
        assertTrue(Files.exists(dir.resolve("broken-export/thread.txt")));
        assertTrue(stderr().contains("broken.md:"), stderr());
    }

    @Test
    void aPatientIdentifierBlocksTheExportWithWhereAndWhatToDo() throws IOException {
        Files.writeString(dir.resolve("case.md"), PHI);
        assertEquals(1, run(Map.of(), "case.md", "--only", "text"));
        assertFalse(Files.exists(dir.resolve("case-export")), "nothing written");
        List<String> lines = List.of(stderr().split("\n"));
        assertEquals(3, lines.size(), stderr());
        assertEquals("tweetorial export: case.md: not exported: the safety check found 1 thing(s) to fix first; "
                + "nothing was written", lines.get(0));
        assertTrue(lines.get(1).startsWith("case.md:6:19: possible patient identifier in post 1: possible patient "
                + "identifier") && lines.get(1).contains("12345678") && lines.get(1).endsWith(" [phi-mrn]"),
                lines.get(1));
        assertEquals("  to export: remove it or use made-up details; if the patient consented to sharing, add a line "
                + "<!-- consent --> to post 1, or export anyway with --allow-phi", lines.get(2));
    }

    @Test
    void allowPhiExportsWithAWarning() throws IOException {
        Files.writeString(dir.resolve("case.md"), PHI);
        // exported, and 1 because a record number is an error-level finding (exported with errors to fix)
        assertEquals(1, run(Map.of(), "case.md", "--only", "text", "--allow-phi"));
        assertTrue(Files.readString(dir.resolve("case-export/thread.txt")).contains("MRN: 12345678"));
        assertTrue(stderr().contains("warning: case.md:6:19: exported possible patient identifier in post 1 "
                + "(exported because patient identifiers are allowed for this export): possible patient identifier"),
                stderr());
    }

    @Test
    void aPostMarkedAsSharedWithConsentDoesNotBlock() throws IOException {
        Files.writeString(dir.resolve("case.md"), PHI.replace("# One", "# One\n\n<!-- consent: written -->"));
        assertEquals(0, run(Map.of(), "case.md", "--only", "text"));
        assertTrue(Files.exists(dir.resolve("case-export/thread.txt")));
        assertTrue(stderr().contains("(post 1 is marked as shared with the patient's consent)"), stderr());
    }

    @Test
    void placeholderAltTextAndMissingImagesBlockEvenWithAllowPhi() throws IOException {
        Files.write(dir.resolve("ecg.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
        Files.writeString(dir.resolve("img.md"), "# One\n\n![TODO](ecg.png \"Credit: me\")\n\n---\n\n"
                + "![Sodium curve](gone.png \"Credit: me\")\n");
        assertEquals(1, run(Map.of(), "img.md", "--only", "text", "--allow-phi"));
        assertFalse(Files.exists(dir.resolve("img-export")), "nothing written");
        assertTrue(stderr().contains("img.md:3:1: placeholder alt text in post 1: image 'ecg.png' has the "
                + "placeholder alt text 'TODO'; replace it with a description of what the image shows (it would be "
                + "published as is) [alt-placeholder]\n  to export: replace the placeholder with a description of "
                + "what the image shows\n"), stderr());
        assertTrue(stderr().contains("img.md:7:1: missing image in post 2: image 'gone.png' not found"), stderr());
        assertTrue(stderr().contains("  to export: add the image file or correct its path (relative to the Markdown "
                + "file)\n"), stderr());
    }

    @Test
    void sourceDateEpochMakesTheJsonReproducible() throws IOException {
        Files.writeString(dir.resolve("short.md"), GOOD);
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1767323045");
        assertEquals(0, run(env, "short.md", "--only", "json", "--out", "one"));
        assertEquals(0, run(env, "short.md", "--only", "json", "--out", "two"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/thread.json")),
                Files.readAllBytes(dir.resolve("two/thread.json")));
        assertTrue(Files.readString(dir.resolve("one/thread.json")).contains("\"date\": \"2026-01-02\""));
    }
}
