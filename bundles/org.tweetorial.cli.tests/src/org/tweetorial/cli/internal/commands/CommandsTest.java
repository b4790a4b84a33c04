package org.tweetorial.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.twitter.twittertext.TwitterTextParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(Command command, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin), dir);
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> command.run(List.of(args), ctx));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result run(Command command, String... args) {
        return run(command, new byte[0], args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void commandsAreListed() {
        List<String> names = Commands.all().stream().map(Command::name).toList();
        assertTrue(names.containsAll(List.of("thread", "check", "count")), names.toString());
    }

    @Test
    void threadPrintsPostsWithCounts() throws Exception {
        write("t.md", "---\nplatforms: [x, bluesky]\n---\nHello *world*\n---\nBye\n");
        Result text = run(new ThreadCommand(), "t.md");
        assertEquals(0, text.exit());
        assertTrue(text.out().contains("── post 1/2 · x 15/280 · bluesky 15/300\n1/2 Hello world\n"), text.out());
        Result json = run(new ThreadCommand(), "t.md", "--format", "json", "--platform", "mastodon");
        assertTrue(json.out().startsWith("{\"file\":\"t.md\""), json.out());
        assertTrue(json.out().contains("\"text\":\"2/2 Bye\""), json.out());
        assertTrue(json.out().contains("{\"platform\":\"mastodon\",\"length\":7,\"limit\":500,\"valid\":true"));
    }

    @Test
    void checkReportsProblemsAndExitCodes() throws Exception {
        write("bad.md", "---\ncolour: red\n---\n" + "word ".repeat(70) + "\n---\nSee http://example.com\n");
        Result r = run(new CheckCommand(), "bad.md");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("bad.md:2:1: warning: [frontmatter-unknown-key] "), r.out());
        assertTrue(r.out().contains("bad.md:4:1: error: [post-too-long] post 1 is "), r.out());
        assertTrue(r.out().contains("bad.md:6:5: warning: [http-link] "), r.out());
        assertTrue(r.err().contains("1 error(s)"), r.err());
        Result json = run(new CheckCommand(), "bad.md", "--format=json");
        assertTrue(json.out().contains("\"rule\":\"http-link\"") && json.out().contains("\"fix\":{\"label\""));
        write("good.md", "Fine post.\n");
        assertEquals(0, run(new CheckCommand(), "good.md").exit());
        assertEquals(0, run(new CheckCommand(), "bad.md", "--disable", "post-too-long").exit());
    }

    @Test
    void countMatchesTwitterText() {
        String text = "Hello 👩‍⚕️ https://example.com/a/long/path 日本";
        Result r = run(new CountCommand(), text);
        assertEquals(0, r.exit());
        int expected = TwitterTextParser.parseTweet(text).weightedLength;
        assertEquals("{\"platform\":\"x\",\"length\":" + expected + ",\"limit\":280,\"valid\":true,\"remaining\":"
                + (280 - expected) + ",\"bytes\":" + text.getBytes(StandardCharsets.UTF_8).length + "}\n", r.out());
        Result stdin = run(new CountCommand(), "héllo\n".getBytes(StandardCharsets.UTF_8), "--platform",
                "bluesky", "-");
        assertTrue(stdin.out().startsWith("{\"platform\":\"bluesky\",\"length\":5,\"limit\":300,\"valid\":true"),
                stdin.out());
        Result bad = run(new CountCommand(), new byte[] {(byte) 0xC3, 0x28}, "-");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("UTF-8"));
        assertEquals(2, run(new CountCommand(), "--platform", "myspace", "x").exit());
    }

    @Test
    void badInputExitsTwoWithAMessageNamingTheFile() throws Exception {
        Files.write(dir.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.write(dir.resolve("empty.md"), new byte[0]);
        Files.write(dir.resolve("binary.md"), new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(dir.resolve("big.md"), "a".repeat(10 * 1024 * 1024));
        Files.writeString(dir.resolve("nested.md"), "- ".repeat(100_000) + "x\n");
        Files.createDirectory(dir.resolve("folder.md"));
        for (String name : List.of("latin1.md", "empty.md", "binary.md", "big.md", "nested.md", "folder.md",
                "missing.md")) {
            for (Command command : List.of(new CheckCommand(), new ThreadCommand())) {
                Result r = run(command, name);
                assertEquals(2, r.exit(), name);
                assertEquals("", r.out(), name);
                assertTrue(r.err().contains(name), name + ": " + r.err());
                assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            }
        }
    }

    @Test
    void unclosedFrontMatterIsAnErrorOnItsLastLineAndPostOneIsKept() throws Exception {
        write("open.md", "---\ntitle: x\nPost one\n---\nPost two\n");
        Result check = run(new CheckCommand(), "open.md");
        assertEquals(1, check.exit());
        assertEquals("open.md:2:1: error: [frontmatter-unclosed] the front matter is not closed: add a line `---` "
                + "after line 2\n", check.out());
        Result thread = run(new ThreadCommand(), "open.md", "--format", "json");
        assertTrue(thread.out().contains("\"text\":\"1/2 Post one\""), thread.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--nope", "--format=xml", "--platform=myspace"})
    void badOptionsExitTwo(String option) throws Exception {
        write("t.md", "Post\n");
        Result r = run(new CheckCommand(), "t.md", option);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("usage:"), r.err());
    }
}
