package org.tweetorial.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Post;

class PlainTextImportTest {

    @TempDir
    Path dir;

    private static List<String> bodies(String text) {
        ImportedThread thread = Importer.scanText(text, "pasted.txt").threads().get(0);
        return java.util.stream.IntStream.range(0, thread.length())
                .mapToObj(i -> org.tweetorial.importer.internal.text.ThreadNumbering.strip(
                        thread.posts().get(i).text(), i + 1, thread.length()))
                .toList();
    }

    @Test
    void splitsAtLeadingNumbersEvenWithoutBlankLines() {
        assertEquals(List.of("Sepsis in 3 posts", "qSOFA: RR, mentation, SBP\nstill useful", "Give antibiotics early"),
                bodies("\uD83E\uDDF5 1/3 Sepsis in 3 posts\n2/3 qSOFA: RR, mentation, SBP\nstill useful\n"
                        + "3/3 Give antibiotics early"));
    }

    @Test
    void splitsAfterTrailingNumbers() {
        assertEquals(List.of("First point", "Second point\nwith two lines", "Third"),
                bodies("First point 1/\nSecond point\nwith two lines (2/n)\nThird 3/"));
    }

    @Test
    void splitsAtBlankLinesOtherwiseAndKeepsFractions() {
        assertEquals(List.of("1/2 of patients improve", "The rest do not", "So treat all"),
                bodies("1/2 of patients improve\n\n\nThe rest do not\n\nSo treat all\n"));
    }

    @Test
    void aTextFileBecomesOneTweetorial() throws Exception {
        Path text = Files.writeString(dir.resolve("thread.txt"), "1/ Why ECGs?\n\n2/ Because [rhythm] & *rate*\n"
                + "---\n# not a heading\n- not a list\n3/ End");

        ArchiveScan scan = Importer.scan(text);
        Path file = Importer.write(scan.threads().get(0), dir).tweetorial().path();

        assertEquals(SourceKind.PLAIN_TEXT, scan.kind());
        assertEquals("why-ecgs.md", file.getFileName().toString());
        List<Post> posts = Tweetorials.parse(file).posts();
        assertEquals(3, posts.size());
        assertEquals("Because [rhythm] & *rate*\n---\n# not a heading\n- not a list", posts.get(1).body());
    }

    @Test
    void anUnknownBinaryFileIsAClearError() throws Exception {
        Path binary = Files.write(dir.resolve("photo.bin"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1, 2});

        ImportException e = assertThrows(ImportException.class, () -> Importer.scan(binary));

        assertTrue(e.getMessage().contains("photo.bin: unknown format") && e.getMessage().contains("Bluesky"),
                e.getMessage());
    }

    @Test
    void aZipOfSomethingElseIsAClearError() throws Exception {
        Path zip = Files.write(dir.resolve("photos.zip"), Fixtures.zip(java.util.Map.of("a.png", Fixtures.PNG)));

        ImportException e = assertThrows(ImportException.class, () -> Importer.scan(zip));

        assertTrue(e.getMessage().contains("photos.zip: unknown format"), e.getMessage());
    }
}
