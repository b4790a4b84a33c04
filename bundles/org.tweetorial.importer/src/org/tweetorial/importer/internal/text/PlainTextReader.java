package org.tweetorial.importer.internal.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.tweetorial.importer.ArchiveScan;
import org.tweetorial.importer.Author;
import org.tweetorial.importer.ImportedPost;
import org.tweetorial.importer.ImportedThread;
import org.tweetorial.importer.SourceKind;

/**
 * Splits a thread typed or pasted as text into posts: before each line numbered 1/, 2/, 3/... when the posts are
 * numbered at their start; after each line ending 1/5, 2/5... when numbered at their end; otherwise at blank
 * lines. One thread, id {@code 1}.
 */
public final class PlainTextReader {

    private PlainTextReader() {
    }

    public static ArchiveScan read(String text, Path source) {
        List<String> posts = split(text.replace("\r\n", "\n").replace('\r', '\n'));
        List<ImportedPost> imported = new ArrayList<>();
        for (String post : posts) {
            imported.add(new ImportedPost(String.valueOf(imported.size() + 1), Optional.empty(), post, List.of()));
        }
        if (imported.isEmpty()) {
            return new ArchiveScan(source, SourceKind.PLAIN_TEXT, List.of(),
                    List.of(source.getFileName() + ": the text is empty; there is nothing to import"));
        }
        ImportedThread thread = new ImportedThread("1", SourceKind.PLAIN_TEXT, Author.UNKNOWN, imported);
        return new ArchiveScan(source, SourceKind.PLAIN_TEXT, List.of(thread), List.of());
    }

    static List<String> split(String text) {
        String[] lines = text.split("\n", -1);
        List<String> posts = splitNumbered(lines, true);
        if (posts.size() < 2) {
            posts = splitNumbered(lines, false);
        }
        if (posts.size() < 2) {
            posts = new ArrayList<>();
            for (String block : text.split("\\n\\s*\\n")) {
                if (!block.isBlank()) {
                    posts.add(block.strip());
                }
            }
        }
        return posts;
    }

    /** Posts cut at numbered lines in sequence from 1; fewer than two when the text is not numbered so. */
    private static List<String> splitNumbered(String[] lines, boolean leading) {
        List<String> posts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int next = 1;
        for (String line : lines) {
            Matcher m = (leading ? ThreadNumbering.LEADING : ThreadNumbering.TRAILING).matcher(line);
            boolean numbered = m.find() && ThreadNumbering.numbers(m, next, 0);
            if (leading && numbered) {
                add(posts, current);
                next++;
            }
            current.append(line).append('\n');
            if (!leading && numbered) {
                add(posts, current);
                next++;
            }
        }
        add(posts, current);
        return next > 2 ? posts : List.of();
    }

    private static void add(List<String> posts, StringBuilder current) {
        if (!current.toString().isBlank()) {
            posts.add(current.toString().strip());
        }
        current.setLength(0);
    }
}
