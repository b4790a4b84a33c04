package org.tweetorial.cli.internal.commands;

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

/** {@code tweetorial export DIR|FILE... --out DIR}: progress, a broken file among good ones, options, exit codes. */
class CourseExportCommandTest {

    private static final String GOOD = "---\ntitle: \"%s\"\nplatforms: [x]\n---\n# One\n\nFirst post.\n\n---\n\n"
            + "# Two\n\nSecond post.\n";
    /** A binary file: cannot be read as a tweetorial. */
    private static final byte[] BROKEN = { '-', '-', '-', '\n', 0, 1, 2, (byte) 0xff, (byte) 0xfe };

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), dir);
        return new ExportCommand(Map.of("SOURCE_DATE_EPOCH", "1767323045")::get).run(List.of(args), ctx);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBrokenFileIsReportedAtTheEndAndTheOthersAreExported() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lectures"));
        Files.writeString(lib.resolve("a.md"), GOOD.formatted("Alpha"));
        Files.writeString(lib.resolve("c.md"), GOOD.formatted("Gamma"));
        Files.write(lib.resolve("b.md"), BROKEN);
        assertEquals(1, run("lectures", "--out", "course", "--only", "text", "--jobs", "2", "--title", "Week 1"));
        assertTrue(stderr().contains("[3/3] "), stderr());
        assertTrue(stderr().contains("FAILED lectures/b.md"), stderr());
        assertTrue(stderr().contains("exported 2 of 3 tweetorials to course (index.html)"), stderr());
        int summary = stderr().indexOf("1 not exported:");
        assertTrue(summary > 0 && stderr().indexOf("b.md", summary) > 0, "the failure is repeated at the end");
        assertFalse(stderr().contains("\tat "), "no stack trace");
        Path course = dir.resolve("course");
        assertTrue(Files.isRegularFile(course.resolve("a/thread.txt")));
        assertTrue(Files.isRegularFile(course.resolve("a/thread.json")), "the index needs thread.json");
        try (var cards = Files.list(course.resolve("c/cards"))) {
            assertTrue(cards.anyMatch(p -> p.getFileName().toString().startsWith("01-")), "and the cards");
        }
        String index = Files.readString(course.resolve("index.html"));
        assertTrue(index.contains("<title>Week 1</title>"), index);
        assertTrue(index.contains("<h2 id=\"t1\">Alpha</h2>"), index);
        assertTrue(index.contains("<strong>b.md</strong>"), index);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void severalFilesMakeACourseToo() throws IOException {
        Files.writeString(dir.resolve("a.md"), GOOD.formatted("Alpha"));
        Files.writeString(dir.resolve("b.md"), GOOD.formatted("Beta"));
        assertEquals(0, run("a.md", "b.md", "--out", "both", "--only", "text"));
        assertTrue(Files.isRegularFile(dir.resolve("both/b/thread.txt")));
        assertTrue(stderr().contains("exported 2 of 2 tweetorials"), stderr());
    }

    @Test
    void badCourseOptionsAreExitTwo() throws IOException {
        Files.writeString(dir.resolve("a.md"), GOOD.formatted("Alpha"));
        Files.writeString(dir.resolve("b.md"), GOOD.formatted("Beta"));
        assertEquals(2, run("a.md", "b.md"));
        assertTrue(stderr().contains("needs --out DIR"), stderr());
        assertEquals(2, run("a.md", "b.md", "--out", "x", "--jobs", "zero"));
        assertTrue(stderr().contains("--jobs must be a whole number"), stderr());
        assertEquals(2, run("a.md", "missing.md", "--out", "x"));
        assertTrue(stderr().contains("missing.md: no such file or folder"), stderr());
        assertEquals(2, run("a.md", "--jobs", "2"));
        assertTrue(stderr().contains("--jobs is for a course export"), stderr());
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(2, run("empty", "--out", "x"));
        assertTrue(stderr().contains("no tweetorials found"), stderr());
    }
}
