package org.tweetorial.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfographicCommandTest {

    private static final String INFOGRAPHIC = """
            ---
            kind: infographic
            title: Sepsis
            licence: CC BY 4.0
            ---
            # Sepsis: the hour-1 bundle

            ---

            <!-- panel: bar-chart unit=% -->
            ## Mortality

            | Group | Deaths |
            |---|---|
            | A | 20 |
            | B | 10 |
            """;

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new InfographicCommand().run(List.of(args), new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), dir));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void writesPngPdfSvgAndAltText() throws Exception {
        Files.writeString(dir.resolve("sepsis.md"), INFOGRAPHIC);
        Result r = run("sepsis.md", "--format", "png,svg,pdf", "--size", "a4");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("alt-text.txt", "infographic.pdf", "infographic.png", "infographic.svg",
                "infographic@2x.png"), files(dir.resolve("sepsis-infographic")));
        String alt = Files.readString(dir.resolve("sepsis-infographic/alt-text.txt"));
        assertTrue(alt.contains("A 20%; B 10%"), alt);
        byte[] pdf = Files.readAllBytes(dir.resolve("sepsis-infographic/infographic.pdf"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(pdf.length > 5_000, "a page with vector content: " + pdf.length + " bytes");
    }

    @Test
    void anOrdinaryThreadBecomesItsSummary() throws Exception {
        Files.writeString(dir.resolve("t.md"), "---\ntitle: Sepsis\nplatforms: [x]\n---\n# Sepsis\n\nIntro.\n\n---\n\n"
                + "## Bundle\n\n- Lactate\n- Cultures\n");
        Result r = run("t.md", "--out", "summary");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("alt-text.txt", "infographic.png", "infographic@2x.png"), files(dir.resolve("summary")));
        assertTrue(Files.readString(dir.resolve("summary/alt-text.txt")).contains("Lactate"));
    }

    @Test
    void errorsInTheFileGiveExitOneWithTheirLines() throws Exception {
        Files.writeString(dir.resolve("bad.md"), INFOGRAPHIC.replace("| B | 10 |", "| B | ten |"));
        Result r = run("bad.md");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("bad.md:16") && r.err().contains("infographic-table-not-numeric"), r.err());
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Files.writeString(dir.resolve("sepsis.md"), INFOGRAPHIC);
        assertEquals(2, run("sepsis.md", "--size", "huge").code());
        assertEquals(2, run("sepsis.md", "--format", "gif").code());
        assertEquals(2, run("missing.md").code());
        assertFalse(Files.exists(dir.resolve("sepsis-infographic")));
    }
}
