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
    private static final String LINT_ERROR = "---\ntitle: \"Broken\"\n---\n# One\n\nSee the chart.\n\n"
            + "![](images/nowhere.png)\n";

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
        assertTrue(stderr().contains("error"), stderr());
    }

    @Test
    void lintErrorsWithoutStrictStillExportAndAreListed() throws IOException {
        Files.writeString(dir.resolve("broken.md"), LINT_ERROR);
        assertEquals(1, run(Map.of(), "broken.md", "--only", "text"));
        assertTrue(Files.exists(dir.resolve("broken-export/thread.txt")));
        assertTrue(stderr().contains("broken.md:"), stderr());
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
