package org.tweetorial.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;

class XArchiveImportTest {

    @TempDir
    Path dir;

    @Test
    void findsTheSelfThreadsOfTheZipAndReportsTheMissingParent() throws Exception {
        ArchiveScan scan = Importer.scan(Fixtures.xArchiveZip(dir));

        assertEquals(SourceKind.X_ARCHIVE, scan.kind());
        assertEquals(List.of("1001", "4001"), scan.threads().stream().map(ImportedThread::id).toList());
        ImportedThread thread = scan.threads().get(0);
        assertEquals(3, thread.length());
        assertEquals(new Author("Dr Heart", "@drheart"), thread.author());
        assertEquals("2024-03-01T09:00:00Z", thread.date().orElseThrow().toString());
        assertTrue(thread.firstPost().startsWith("Why does a fuller heart pump harder?"), thread.firstPost());
        assertTrue(scan.problems().stream().anyMatch(p -> p.contains("4001") && p.contains("4000")
                && p.contains("not in the archive")), scan.problems().toString());
    }

    @Test
    void expandsLinksDropsMediaLinksAndKeepsAltText() throws Exception {
        ImportedPost second = Importer.scan(Fixtures.xArchiveZip(dir)).threads().get(0).posts().get(1);

        assertEquals("2/3 More stretch > stronger beat, see https://example.org/starling_curve and doi "
                + "10.1056/NEJMoa1911303", second.text());
        assertEquals("Stroke volume rises with preload", second.images().get(0).alt());
        assertArrayEquals(Fixtures.PNG, second.images().get(0).content().read());
    }

    @Test
    void writesATweetorialThatParsesBackToTheSamePosts() throws Exception {
        ImportedThread thread = Importer.scan(Fixtures.xArchiveZip(dir)).threads().get(0);
        Path out = dir.resolve("out");

        ImportReport report = Importer.write(thread, out);

        Path file = report.tweetorial().path();
        assertEquals("2024-03-01-why-does-a-fuller-heart-pump-harder-1001.md", file.getFileName().toString());
        String md = Files.readString(file);
        assertTrue(md.startsWith("---\ntitle: \"Why does a fuller heart pump harder? A thread on the Frank–Starling "
                + "law\"\nauthor: \"Dr Heart\"\nhandle: \"@drheart\"\nplatforms: [x]\ndate: 2024-03-01\n---\n"), md);
        assertFalse(md.contains("1/3") || md.contains("2/3") || md.contains("3/3") || md.contains("\uD83E\uDDF5"), md);
        assertArrayEquals(Fixtures.PNG, Files.readAllBytes(out.resolve("images/x-1002-1.png")));

        Tweetorial parsed = Tweetorials.parse(file);
        List<Post> posts = parsed.posts().stream().filter(p -> !p.generated()).toList();
        assertEquals(3, posts.size());
        assertEquals("Why does a fuller heart pump harder? A thread on the Frank–Starling law #MedEd",
                posts.get(0).body());
        assertEquals("More stretch > stronger beat, see https://example.org/starling_curve and doi "
                + "10.1056/NEJMoa1911303", posts.get(1).body());
        assertEquals("Up to a point: *overstretch* fails. PMID: 31535829", posts.get(2).body());
        assertEquals("Stroke volume rises with preload", posts.get(1).images().get(0).alt());
        assertEquals(2, parsed.citations().size(), "the DOI and the PMID are citations");
        List<Problem> problems = Tweetorials.check(parsed, LintOptions.defaults());
        assertTrue(problems.stream().anyMatch(p -> p.ruleId().equals("credit-missing")
                && p.message().contains("placeholder")), problems.toString());
    }

    @Test
    void importingAgainGivesTheSameFiles() throws Exception {
        ImportedThread thread = Importer.scan(Fixtures.xArchiveZip(dir)).threads().get(0);
        Path out = dir.resolve("out");
        ImportReport first = Importer.write(thread, out);
        byte[] before = Files.readAllBytes(first.tweetorial().path());

        ImportReport again = Importer.write(Importer.scan(Fixtures.xArchiveZip(dir)).threads().get(0), out);

        assertEquals(WrittenFile.Outcome.CREATED, first.tweetorial().outcome());
        assertTrue(again.files().stream().allMatch(f -> f.outcome() == WrittenFile.Outcome.UNCHANGED),
                again.files().toString());
        assertArrayEquals(before, Files.readAllBytes(again.tweetorial().path()));
    }

    @Test
    void neverOverwritesAFileTheUserEdited() throws Exception {
        ImportedThread thread = Importer.scan(Fixtures.xArchiveZip(dir)).threads().get(0);
        Path out = dir.resolve("out");
        Path file = Importer.write(thread, out).tweetorial().path();
        String edited = Files.readString(file).replace("Why does", "Why, then, does");
        Files.writeString(file, edited);

        ImportReport again = Importer.write(thread, out);

        assertEquals(edited, Files.readString(file));
        assertEquals(WrittenFile.Outcome.WRITTEN_BESIDE, again.tweetorial().outcome());
        assertEquals(file.resolveSibling(file.getFileName().toString().replace(".md", ".imported.md")),
                again.tweetorial().path());
        assertTrue(again.messages().get(0).contains("was edited since it was imported"), again.messages().toString());
        ImportReport third = Importer.write(thread, out);
        assertEquals(again.tweetorial().path(), third.tweetorial().path(), "the same file beside, not a new one");
        assertEquals(edited, Files.readString(file));
    }

    @Test
    void aTruncatedZipImportsWhatItCanAndSaysSo() throws Exception {
        byte[] zip = Fixtures.zip(Fixtures.xArchive());
        int photo = lastLocalHeader(zip);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(zip, photo + 60)); // inside the photo's entry

        ArchiveScan scan = Importer.scan(cut);

        assertEquals(2, scan.threads().size());
        assertTrue(scan.problems().get(0).startsWith("cut.zip: the zip is truncated or damaged; read the 2 complete "
                + "file(s)"), scan.problems().toString());
        assertTrue(scan.problems().stream().anyMatch(p -> p.contains("1002") && p.contains("photo")),
                scan.problems().toString());
    }

    @Test
    void aZipCutBeforeTheTweetsIsAClearError() throws Exception {
        byte[] zip = Fixtures.zip(Map.of("data/tweets.js", Fixtures.TWEETS_JS.getBytes()));
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(zip, 60));

        ImportException e = assertThrows(ImportException.class, () -> Importer.scan(cut));

        assertTrue(e.getMessage().contains("cut.zip") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void readsTweetsJsDirectlyWithTheMediaBesideIt() throws Exception {
        Path data = Files.createDirectories(dir.resolve("archive/data/tweets_media"));
        Files.writeString(data.resolveSibling("tweets.js"), Fixtures.TWEETS_JS);
        Files.writeString(data.resolveSibling("account.js"), Fixtures.ACCOUNT_JS);
        Files.write(data.resolve("1002-Curve1.png"), Fixtures.PNG);

        ArchiveScan scan = Importer.scan(data.resolveSibling("tweets.js"));

        assertEquals(SourceKind.X_ARCHIVE, scan.kind());
        assertEquals(1, scan.threads().get(0).posts().get(1).images().size());
    }

    private static int lastLocalHeader(byte[] zip) {
        for (int i = zip.length - 4; i >= 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                return i;
            }
        }
        throw new AssertionError("no local file header");
    }
}
