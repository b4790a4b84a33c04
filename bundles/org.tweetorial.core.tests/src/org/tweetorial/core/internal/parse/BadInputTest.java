package org.tweetorial.core.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;

/** Inputs that cannot be parsed fail fast with a message naming the file, never with a stack overflow. */
class BadInputTest {

    @TempDir
    Path dir;

    private TweetorialException fails(byte[] content) throws Exception {
        Path file = dir.resolve("bad.md");
        Files.write(file, content);
        TweetorialException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(TweetorialException.class, () -> Tweetorials.parse(file)));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(!e.hint().isEmpty(), "says what to do");
        return e;
    }

    private TweetorialException fails(String content) throws Exception {
        return fails(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyFile() throws Exception {
        assertTrue(fails("").reason().contains("empty"));
        assertTrue(fails(" \n\n ").reason().contains("empty"));
    }

    @Test
    void notUtf8() throws Exception {
        TweetorialException e = fails(new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertTrue(e.reason().contains("UTF-8"));
        assertEquals(2, e.line());
    }

    @Test
    void binaryGarbage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertTrue(fails(png).reason().contains("UTF-8") || fails(png).reason().contains("binary"));
        assertTrue(fails("text\u0000more").reason().contains("binary"));
    }

    @Test
    void tenMegabytes() throws Exception {
        assertTrue(fails("a".repeat(10 * 1024 * 1024)).reason().contains("larger than"));
    }

    @Test
    void hundredThousandNestedLists() throws Exception {
        TweetorialException e = fails("- ".repeat(100_000) + "deep\n");
        assertTrue(e.reason().contains("nested"));
        assertEquals(1, e.line());
    }

    @Test
    void deeplyNestedQuotesAndOrderedLists() throws Exception {
        assertTrue(fails("ok\n\n" + ">".repeat(100_000) + " deep\n").reason().contains("nested"));
        assertEquals(3, fails("ok\n\n" + "1. ".repeat(50_000) + "x\n").line());
        assertTrue(fails(indentedLists(200)).reason().contains("nested"));
    }

    private static String indentedLists(int levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void deepInlineNestingIsRefused() throws Exception {
        assertTrue(fails("*".repeat(50_000) + "x" + "*".repeat(50_000)).reason().contains("nested"));
        assertTrue(fails("[".repeat(50_000) + "x" + "](u)".repeat(50_000)).reason().contains("nested"));
        assertTrue(fails("![".repeat(20_000) + "x" + "](i.png)".repeat(20_000)).reason().contains("nested"));
        assertTrue(fails("*a ".repeat(30_000) + "b*".repeat(30_000)).reason().contains("nested"));
    }

    @Test
    void ordinaryEmphasisIsFine() throws Exception {
        String many = "*one* and **two** and _three_, 2 * 3 = 6, snake_case_name. ".repeat(200);
        var t = Tweetorials.parse(many, dir);
        assertTrue(t.posts().get(0).postedText().startsWith("1/1 one and two and three, 2 * 3 = 6"));
        assertTrue(Tweetorials.parse("********\n\ntext\n", dir).posts().size() == 1, "a rule line");
    }

    @Test
    void directoryAndMissingFile() {
        TweetorialException dirError = assertThrows(TweetorialException.class, () -> Tweetorials.parse(dir));
        assertTrue(dirError.getMessage().contains("directory"));
        Path missing = dir.resolve("missing.md");
        TweetorialException e = assertThrows(TweetorialException.class, () -> Tweetorials.parse(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()) && e.getMessage().contains("not found"));
    }
}
