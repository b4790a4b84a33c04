package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With SOURCE_DATE_EPOCH, two exports of the same input are byte-identical, file for file. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void twoExportsWithAFixedTimeAreByteIdentical() throws Exception {
        Path source = ExampleProject.copy("sglt2-visual-abstract.md", dir);
        ExportRequest request = ExportRequest.of(source).withFixedTime(ExampleProject.FIXED_TIME);
        Exporter first = Exporter.create();
        ExportResult a;
        try {
            a = first.export(request.withOutputDir(dir.resolve("a")), ExportListener.SILENT);
        } finally {
            first.close();
        }
        ExportResult b = ExampleProject.exporter().export(request.withOutputDir(dir.resolve("b")),
                ExportListener.SILENT);

        List<Path> filesA = ExampleProject.files(a.folder());
        List<Path> filesB = ExampleProject.files(b.folder());
        assertEquals(filesA.stream().map(a.folder()::relativize).toList(),
                filesB.stream().map(b.folder()::relativize).toList());
        assertFalse(filesA.isEmpty());
        assertEquals(a.files().size() + 1, filesA.size(), "the listed files and the export marker");
        assertEquals(12, a.files().stream().filter(f -> f.relativePath().startsWith("cards/")).count());
        for (int i = 0; i < filesA.size(); i++) {
            assertArrayEquals(Files.readAllBytes(filesA.get(i)), Files.readAllBytes(filesB.get(i)),
                    filesA.get(i).getFileName() + " differs");
        }
    }
}
