package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The folder the workbench makes for the launcher's start-up archive. */
class SharedArchiveFolderTest {

    @Test
    void folderOfTheArchiveTheLauncherNames() {
        assertEquals(Optional.of(Path.of("/home/educator/.tweetorial-studio")),
                SharedArchiveFolder.folderOf(List.of("-Xmx2g", "-XX:+AutoCreateSharedArchive",
                        "-XX:SharedArchiveFile=/home/educator/.tweetorial-studio/workbench.jsa")));
    }

    @Test
    void theLastOptionWinsAsForTheJvm() {
        assertEquals(Optional.of(Path.of("/b")), SharedArchiveFolder.folderOf(
                List.of("-XX:SharedArchiveFile=/a/one.jsa", "-XX:SharedArchiveFile=/b/two.jsa")));
    }

    @Test
    void noArchiveNoFolder() {
        assertTrue(SharedArchiveFolder.folderOf(List.of("-Xmx2g", "-XX:TieredStopAtLevel=1")).isEmpty());
        assertTrue(SharedArchiveFolder.folderOf(List.of("-XX:SharedArchiveFile=")).isEmpty());
    }
}
