package org.tweetorial.export.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tweetorial.export.ExportException;

/**
 * Where an export may go. The export replaces its folder as a whole, so the folder must not hold the source: the
 * source's own folder and every folder above it (up to the file system root, which covers any workspace or project
 * root) are refused, as is the source file itself.
 */
public final class OutputFolderPolicy {

    private OutputFolderPolicy() {
    }

    /** {@code NAME-export/} next to {@code NAME.md}. */
    public static Path defaultFolder(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        return abs.resolveSibling(stem(abs) + "-export");
    }

    /** The file's name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static void check(Path source, Path folder) throws ExportException {
        Path src = real(source.toAbsolutePath().normalize());
        Path out = real(folder.toAbsolutePath().normalize());
        if (out.equals(src)) {
            throw refused(folder, "is the source file itself");
        }
        if (src.startsWith(out)) {
            throw refused(folder, "contains the source " + source.getFileName()
                    + " (the source's folder or one above it); an export replaces its whole folder");
        }
    }

    private static ExportException refused(Path folder, String why) {
        return new ExportException(ExportException.Reason.BAD_REQUEST, "output folder " + folder + " " + why
                + "; choose a new folder such as " + folder.resolve("export"));
    }

    /** The path with links resolved as far as it exists, so that a link cannot smuggle the source in. */
    private static Path real(Path p) {
        Path existing = p;
        Path rest = p.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return p;
        }
    }
}
