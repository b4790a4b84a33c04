package org.tweetorial.export.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * An export folder that appears complete or not at all. Files are written into a hidden staging folder next to
 * the target; {@link #commit()} moves a previous export aside, moves the new one in (both atomic renames) and then
 * deletes the old one. Staging and old folders left behind by a killed run are removed by the next run.
 * <p>
 * A folder is only replaced when it holds the {@value #MARKER} file that every export writes, so pointing
 * {@code --out} at a folder of other files never deletes them.
 */
public final class AtomicExportFolder implements AutoCloseable {

    /** Written into every export folder; marks it as safe to replace. */
    public static final String MARKER = ".tweetorial-export";

    private static final String STAGING = ".export-tmp-";
    private static final String OLD = ".export-old-";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private AtomicExportFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Removes leftovers of earlier runs and creates the staging folder.
     *
     * @throws IOException when the target exists and is not an export folder, or cannot be prepared
     */
    public static AtomicExportFolder open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        checkReplaceable(abs);
        removeLeftovers(parent, abs.getFileName().toString());
        Path staging = parent.resolve(hiddenName(abs, STAGING));
        Files.createDirectory(staging);
        AtomicFiles.write(staging.resolve(MARKER), "Tweetorial Studio export folder; replaced by the next export.\n"
                .getBytes(StandardCharsets.UTF_8));
        return new AtomicExportFolder(abs, staging);
    }

    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IOException(target + " exists and is not a folder");
        }
        if (!Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            throw new IOException(target + " exists and is not an earlier export (no " + MARKER
                    + " file); choose another --out folder or remove it");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void removeLeftovers(Path parent, String name) throws IOException {
        String staging = "." + name + STAGING;
        String old = "." + name + OLD;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path p : entries) {
                String n = p.getFileName().toString();
                if (n.startsWith(staging) || n.startsWith(old)) {
                    FolderDeleter.delete(p);
                }
            }
        }
    }

    private static String hiddenName(Path target, String kind) {
        return "." + target.getFileName() + kind + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Where the steps write; becomes the target on {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Puts the staged export in place of the target. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(hiddenName(target, OLD));
            AtomicFiles.move(target, old);
        }
        try {
            AtomicFiles.move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                AtomicFiles.move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            FolderDeleter.deleteQuietly(old);
        }
    }

    /** Removes the staging folder unless committed. */
    @Override
    public void close() {
        if (!committed) {
            FolderDeleter.deleteQuietly(staging);
        }
    }
}
