package org.tweetorial.core.internal.spelling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A plain-text word list: one word a line, {@code #} comments, kept sorted; written atomically. */
public final class WordListFile {

    private WordListFile() {
    }

    /** The words of a list's text, without comments and blank lines. */
    public static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of a file, none if it does not exist. */
    public static List<String> read(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : List.of();
    }

    /** Adds a word (if new), keeping comments at the top and the words sorted; temp file then move. */
    public static void add(Path file, String word) throws IOException {
        List<String> comments = new ArrayList<>();
        TreeSet<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s));
        if (Files.isRegularFile(file)) {
            for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\\R")) {
                String w = line.strip();
                if (w.startsWith("#")) {
                    comments.add(line);
                } else if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        if (!words.add(word.strip())) {
            return;
        }
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append(c).append('\n'));
        words.forEach(w -> out.append(w).append('\n'));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".dictionary", ".tmp");
        try {
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
