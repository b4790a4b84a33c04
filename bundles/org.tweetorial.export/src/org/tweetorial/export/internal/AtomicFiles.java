package org.tweetorial.export.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes a file completely under a temporary name in the same folder, then moves it in place. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the exported file.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + ".part");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves atomically where the file system can, else replaces (same folder, so practically atomic). */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
