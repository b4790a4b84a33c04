package org.tweetorial.export.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.export.ExampleProject;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportListener;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.render.CardRenderer;

/** An export appears complete or not at all, never touches the source and never replaces a foreign folder. */
class AtomicExportTest {

    private static final Set<ExportArtifact> QUICK = Set.of(ExportArtifact.TEXT, ExportArtifact.JSON,
            ExportArtifact.ALT, ExportArtifact.HANDOUT);

    @TempDir
    Path dir;

    private ExportResult export(Path source, ExportRunner.StepHook hook) throws ExportException {
        CardRenderer renderer = CardRenderer.create();
        try {
            return new ExportRunner(renderer, hook).run(ExportRequest.of(source).withArtifacts(QUICK),
                    ExportListener.SILENT);
        } finally {
            renderer.close();
        }
    }

    private List<String> hiddenLeftovers() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.contains(".export-")).toList();
        }
    }

    @Test
    void failingStepLeavesThePreviousExportIntactAndNoTempFolders() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        ExportResult first = export(source, artifact -> { });
        byte[] handout = Files.readAllBytes(first.folder().resolve("handout.pdf"));
        List<Path> before = ExampleProject.files(first.folder());

        ExportException e = assertThrows(ExportException.class, () -> export(source, artifact -> {
            if (artifact == ExportArtifact.HANDOUT) {
                throw new IOException("disk full (simulated)");
            }
        }));

        assertEquals(ExportException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("disk full (simulated)"), e.getMessage());
        assertEquals(before, ExampleProject.files(first.folder()));
        assertArrayEquals(handout, Files.readAllBytes(first.folder().resolve("handout.pdf")));
        assertEquals(List.of(), hiddenLeftovers());
    }

    @Test
    void failedFirstExportLeavesNothing() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        assertThrows(ExportException.class, () -> export(source, artifact -> {
            throw new IOException("simulated");
        }));
        assertFalse(Files.exists(dir.resolve("frank-starling-export")));
        assertEquals(List.of(), hiddenLeftovers());
    }

    @Test
    void leftoversOfAKilledRunAreRemovedNextTime() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        Path killed = Files.createDirectories(dir.resolve(".frank-starling-export.export-tmp-deadbeef/cards"));
        Files.writeString(killed.resolve("01-title.png"), "partial");
        export(source, artifact -> { });
        assertEquals(List.of(), hiddenLeftovers());
    }

    @Test
    void replacingAnExportKeepsNoOldFiles() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        ExportResult first = export(source, artifact -> { });
        Files.writeString(first.folder().resolve("stale.txt"), "from an older version");
        ExportResult second = export(source, artifact -> { });
        assertFalse(Files.exists(second.folder().resolve("stale.txt")));
        assertTrue(Files.exists(second.folder().resolve("thread.txt")));
    }

    @Test
    void neverModifiesTheSource() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        byte[] before = Files.readAllBytes(source);
        long modified = Files.getLastModifiedTime(source).toMillis();
        export(source, artifact -> { });
        assertArrayEquals(before, Files.readAllBytes(source));
        assertEquals(modified, Files.getLastModifiedTime(source).toMillis());
    }

    @Test
    void refusesTheSourceFolderAndItsAncestors() {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        for (Path out : List.of(dir, dir.getParent(), dir.getRoot(), source)) {
            ExportException e = assertThrows(ExportException.class, () -> OutputFolderPolicy.check(source, out));
            assertEquals(ExportException.Reason.BAD_REQUEST, e.reason());
            assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAnExport() throws Exception {
        Path source = ExampleProject.copy("frank-starling.md", dir);
        Path notes = Files.createDirectories(dir.resolve("my-notes"));
        Files.writeString(notes.resolve("important.txt"), "keep me");
        CardRenderer renderer = CardRenderer.create();
        try {
            ExportException e = assertThrows(ExportException.class, () -> new ExportRunner(renderer, a -> { })
                    .run(ExportRequest.of(source).withArtifacts(QUICK).withOutputDir(notes), ExportListener.SILENT));
            assertTrue(e.getMessage().contains("not an earlier export"), e.getMessage());
        } finally {
            renderer.close();
        }
        assertEquals("keep me", Files.readString(notes.resolve("important.txt")));
    }
}
