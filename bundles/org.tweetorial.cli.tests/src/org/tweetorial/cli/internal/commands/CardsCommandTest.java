package org.tweetorial.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardsCommandTest {

    private static final String THREAD = """
            ---
            title: "Sepsis basics"
            author: Dr Amara Okafor
            handle: amara_em
            ---
            # Sepsis in three posts

            A thread for students.

            ---

            ## Hour-1 bundle

            - Lactate
            - Cultures
            - Antibiotics

            ---

            ## Take-home

            Think sepsis early.
            """;

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CardsCommand().run(List.of(args), new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), dir));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path thread(String text) throws Exception {
        return Files.writeString(dir.resolve("sepsis.md"), text);
    }

    @Test
    void writesNumberedCardsAndAltTextNextToTheSource() throws Exception {
        Path src = thread(THREAD);
        Result r = run("sepsis.md");
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("sepsis-cards");
        assertEquals("sepsis-cards", r.out().strip());
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        assertEquals(List.of("01-title.png", "02-list.png", "03-closing.png", "alt-text.txt"), files,
                "the names export writes into cards/");
        BufferedImage img = ImageIO.read(out.resolve("02-list.png").toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(675, img.getHeight());
        String alt = Files.readString(out.resolve("alt-text.txt"));
        assertTrue(alt.contains("Post 1 of 3\n  card 01-title.png:\n    Title card: Sepsis in three posts."), alt);
        assertTrue(alt.contains("  card 02-list.png:\n    Hour-1 bundle. List of 3 items. 1. Lactate."), alt);
        assertTrue(r.err().contains("03-closing.png"), r.err());
        assertEquals(THREAD, Files.readString(src), "source untouched");
    }

    @Test
    void optionsChangeSizeScaleFormatThemeAndFolder() throws Exception {
        thread(THREAD);
        Result r = run("sepsis.md", "--out", "o", "--size", "square", "--scale", "2", "--theme", "dark");
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(dir.resolve("o/01-title.png").toFile());
        assertEquals(2160, img.getWidth());
        assertEquals(0x0F172A, img.getRGB(600, 2150) & 0xFFFFFF, "dark background");
        Result svg = run("sepsis.md", "--out", "s", "--format", "svg", "--size", "800x450");
        assertEquals(0, svg.code(), svg.err());
        String text = Files.readString(dir.resolve("s/03-closing.svg"));
        assertTrue(text.contains("viewBox=\"0 0 800 450\""), text.substring(0, 200));
        try (Stream<Path> s = Files.list(dir.resolve("s"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temp files left");
        }
    }

    @Test
    void badInputAndOptionsExitTwoWithAMessage() throws Exception {
        thread(THREAD);
        Result size = run("sepsis.md", "--size", "huge");
        assertEquals(2, size.code());
        assertTrue(size.err().contains("unknown size 'huge'"), size.err());
        assertEquals(2, run("sepsis.md", "--scale", "3").code());
        assertEquals(2, run("sepsis.md", "--format", "gif").code());
        assertEquals(2, run("sepsis.md", "--bogus", "1").code());
        Result missing = run("nope.md");
        assertEquals(2, missing.code());
        Result theme = run("sepsis.md", "--theme", "nope");
        assertEquals(2, theme.code());
        assertTrue(theme.err().contains("no such theme 'nope'"), theme.err());
        Result onSource = run("sepsis.md", "--out", "sepsis.md");
        assertEquals(2, onSource.code());
        assertEquals(THREAD, Files.readString(dir.resolve("sepsis.md")));
        for (Result r : List.of(size, missing, theme, onSource)) {
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    @Test
    void anUnknownThemeInTheFrontMatterIsOneFindingOnItsLineAndTheDefaultIsUsed() throws Exception {
        thread(THREAD.replace("title: \"Sepsis basics\"", "title: \"Sepsis basics\"\ntheme: neon"));
        Result r = run("sepsis.md", "--out", "neon");
        assertEquals(0, r.code(), r.err());
        String all = r.out() + r.err();
        assertTrue(all.contains("sepsis.md:3:8: warning: [theme-unknown] theme 'neon' does not exist"), all);
        assertFalse(all.contains("cannot be used"), "reported once, by lint: " + all);
        thread(THREAD);
        assertEquals(0, run("sepsis.md", "--out", "light").code());
        try (Stream<Path> neon = Files.list(dir.resolve("neon"));
                Stream<Path> light = Files.list(dir.resolve("light"))) {
            List<String> names = neon.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(light.map(p -> p.getFileName().toString()).sorted().toList(), names);
            for (String name : names) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("light").resolve(name)),
                        Files.readAllBytes(dir.resolve("neon").resolve(name)), name + ": the default theme's card");
            }
        }
    }

    @Test
    void invalidUserThemeIsReportedWithItsFile() throws Exception {
        thread(THREAD);
        Path theme = Files.createDirectories(dir.resolve("themes/ward"));
        Files.writeString(theme.resolve("theme.properties"), "color.background = white\n");
        Result r = run("sepsis.md", "--theme", "ward");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("theme.properties: line 1: 'color.background' must be a colour"), r.err());
    }

    @Test
    void lintErrorsExitOneButCardsAreWritten() throws Exception {
        thread(THREAD + "\n---\n\n" + "This post is far too long for X. ".repeat(20) + "\n");
        Result r = run("sepsis.md");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("problems: 1 error(s)"), r.err());
        assertTrue(Files.exists(dir.resolve("sepsis-cards/04-closing.png")), r.err());
    }
}
