package org.tweetorial.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final String TWEETS = """
            window.YTD.tweets.part0 = [
             {"tweet": {"id_str": "11", "created_at": "Fri Mar 01 09:00:00 +0000 2024", "full_text": "1/2 Murmurs"}},
             {"tweet": {"id_str": "12", "created_at": "Fri Mar 01 09:01:00 +0000 2024", "full_text": "2/2 Listen",
               "in_reply_to_status_id_str": "11", "in_reply_to_user_id_str": "7"}},
             {"tweet": {"id_str": "21", "created_at": "Sat Mar 02 09:00:00 +0000 2024", "full_text": "Gallops"}},
             {"tweet": {"id_str": "22", "created_at": "Sat Mar 02 09:01:00 +0000 2024", "full_text": "S3 and S4",
               "in_reply_to_status_id_str": "21", "in_reply_to_user_id_str": "7"}}
            ]""";
    private static final String ACCOUNT = """
            window.YTD.account.part0 = [{"account": {"username": "cardio", "accountId": "7",
              "accountDisplayName": "Cardio Teacher"}}]""";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ImportCommand().run(List.of(args), new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), dir));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path archive() throws Exception {
        Path zip = dir.resolve("x.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String[] f : new String[][] {{"data/account.js", ACCOUNT}, {"data/tweets.js", TWEETS}}) {
                out.putNextEntry(new ZipEntry(f[0]));
                out.write(f[1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    private long markdownFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")).count();
        }
    }

    @Test
    void listsTheThreadsWhenThereAreSeveralAndWritesNothing() throws Exception {
        archive();

        Result r = run("", "x.zip", "--out", "out");

        assertEquals(0, r.code(), r.err());
        assertEquals("11\t2024-03-01\t2\tMurmurs\n21\t2024-03-02\t2\tGallops\n", r.out());
        assertTrue(r.err().contains("2 threads in this X data archive; import one with --thread ID"), r.err());
        assertEquals(0, markdownFiles(dir.resolve("out")));
    }

    @Test
    void importsOneThreadThenFindsItUnchangedThenKeepsAnEditedFile() throws Exception {
        archive();

        Result first = run("", "x.zip", "--thread", "11", "--out", "out");
        Result again = run("", "x.zip", "--thread", "11", "--out", "out");
        Path file = dir.resolve("out/2024-03-01-murmurs-11.md");
        Files.writeString(file, Files.readString(file) + "\nNote: my own teaching note.\n");
        Result edited = run("", "x.zip", "--thread", "11", "--out", "out");

        assertEquals(0, first.code(), first.err());
        assertEquals("out/2024-03-01-murmurs-11.md\n", first.out());
        assertTrue(first.err().contains("thread 11 (2 posts): created"), first.err());
        assertTrue(again.err().contains("thread 11 (2 posts): unchanged"), again.err());
        assertEquals(0, edited.code(), edited.err());
        assertEquals("out/2024-03-01-murmurs-11.imported.md\n", edited.out());
        assertTrue(edited.err().contains("was edited since it was imported: it is kept as it is"), edited.err());
        assertTrue(Files.readString(file).contains("my own teaching note"));
    }

    @Test
    void importsEveryThreadWithThreadAll() throws Exception {
        archive();

        Result r = run("", "x.zip", "--thread", "all", "--out", "out");

        assertEquals(0, r.code(), r.err());
        assertEquals(2, markdownFiles(dir.resolve("out")));
    }

    @Test
    void importsPastedTextFromStandardInput() throws Exception {
        Result r = run("1/ Why murmurs matter\n2/ Grade them\n3/ Then echo", "-", "--out", "t.md");

        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("t.md")).contains("\n---\n\nGrade them\n"));
    }

    @Test
    void badSourcesAndOptionsExitWithTwoAndSayWhy() throws Exception {
        archive();
        Files.write(dir.resolve("a.bin"), new byte[] {0, 1, 2, (byte) 0xff});

        Result missing = run("", "nope.zip");
        Result unknown = run("", "a.bin");
        Result noThread = run("", "x.zip", "--thread", "99");

        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.zip: no such file or folder"), missing.err());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("a.bin: unknown format"), unknown.err());
        assertEquals(2, noThread.code());
        assertTrue(noThread.err().contains("no thread '99' in x.zip"), noThread.err());
    }
}
