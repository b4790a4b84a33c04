package org.tweetorial.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;

class MastodonImportTest {

    @TempDir
    Path dir;

    @Test
    void rebuildsTheSelfThreadWithTextFromTheHtml() throws Exception {
        ArchiveScan scan = Importer.scan(Fixtures.mastodonArchive(dir));

        assertEquals(SourceKind.MASTODON_ARCHIVE, scan.kind());
        assertEquals(1, scan.threads().size(), "the reply to someone else and the boost are not threads");
        ImportedThread thread = scan.threads().get(0);
        assertEquals(new Author("Dr Amy Renal", "@amy@med.social"), thread.author());
        assertEquals(List.of("111", "112", "113"), thread.posts().stream().map(ImportedPost::id).toList());
        assertEquals("\uD83E\uDDF5 Anion gap in 3 posts #MedEd\n\nSecond line\nwith a break",
                thread.posts().get(0).text());
        assertEquals("AG = Na \u2212 (Cl + HCO3). See https://www.ncbi.nlm.nih.gov/books/NBK539757/ with @bob",
                thread.posts().get(1).text());
        assertEquals("Gamblegram of the anion gap", thread.posts().get(1).images().get(0).alt());
        assertEquals("High gap: think MUDPILES & check lactate.", thread.posts().get(2).text());
    }

    @Test
    void writesATweetorialThatKeepsLineBreaksAndTheImage() throws Exception {
        ImportedThread thread = Importer.scan(Fixtures.mastodonArchive(dir).resolve("outbox.json")).threads().get(0);

        Path file = Importer.write(thread, dir.resolve("out/anion-gap.md")).tweetorial().path();

        assertEquals(dir.resolve("out/anion-gap.md"), file);
        Tweetorial parsed = Tweetorials.parse(file);
        assertEquals("Anion gap in 3 posts #MedEd\n\nSecond line\nwith a break", parsed.posts().get(0).body());
        assertEquals("Gamblegram of the anion gap", parsed.posts().get(1).images().get(0).alt());
        assertTrue(Files.isRegularFile(dir.resolve("out/images/mastodon-112-1.png")));
        assertTrue(Files.readString(file).contains("handle: \"@amy@med.social\"\nplatforms: [mastodon]\n"));
    }
}
