package org.tweetorial.export.internal.course;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.tweetorial.export.ExportException;

/**
 * The tweetorials of a course: files given by name, and Markdown files with front matter found in folders given
 * (and their sub-folders, leaving out hidden ones and the course folder itself), sorted by path; each with a unique
 * folder name.
 */
final class CourseSources {

    /** A tweetorial and its folder inside the course folder. */
    record Source(Path file, String folderName) {
    }

    private static final int MAX_DEPTH = 8;

    private CourseSources() {
    }

    static List<Source> find(List<Path> inputs, Path courseFolder) throws ExportException {
        TreeSet<Path> files = new TreeSet<>();
        Path course = courseFolder.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path p = input.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                files.addAll(search(p, course));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new ExportException(ExportException.Reason.BAD_INPUT, input
                        + ": no such file or folder; give tweetorial files (.md) or folders that hold them");
            }
        }
        if (files.isEmpty()) {
            throw new ExportException(ExportException.Reason.BAD_INPUT, "no tweetorials found in " + inputs
                    + ": a tweetorial is a .md file that starts with front matter (---)");
        }
        return named(List.copyOf(files));
    }

    private static List<Path> search(Path dir, Path course) throws ExportException {
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            return walk.filter(p -> !p.startsWith(course) && !hidden(dir.relativize(p)))
                    .filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(CourseSources::startsWithFrontMatter).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ExportException(ExportException.Reason.BAD_INPUT, dir + ": cannot be searched for tweetorials: "
                    + e.getMessage());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** True when the file's first line is {@code ---}: a tweetorial, not a README. */
    static boolean startsWithFrontMatter(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.replace("\uFEFF", "").strip().equals("---");
        } catch (IOException e) {
            return true; // listed, so that the export reports why it cannot be read
        }
    }

    /** Folder names: the file name without extension; a repeated name gets -2, -3... in path order. */
    private static List<Source> named(List<Path> files) {
        Set<String> used = new HashSet<>();
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            String stem = f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            String name = stem;
            for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
                name = stem + "-" + i;
            }
            out.add(new Source(f, name));
        }
        return out;
    }
}
