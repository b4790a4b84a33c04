package org.tweetorial.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.lint.Problem;

/**
 * A parsed tweetorial.
 *
 * @param source        the file, empty when parsed from a string
 * @param baseDir       the folder image paths are relative to
 * @param text          the whole Markdown source (offsets of ranges and fixes refer to it)
 * @param parseProblems problems found while parsing (front matter, card directives, footnotes)
 */
public record Tweetorial(Optional<Path> source, Path baseDir, String text, FrontMatter frontMatter,
        List<Post> posts, List<Problem> parseProblems) {

    public Tweetorial {
        posts = List.copyOf(posts);
        parseProblems = List.copyOf(parseProblems);
    }

    /** Every citation in thread order, each once. */
    public List<Citation> citations() {
        return posts.stream().flatMap(p -> p.citations().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt(Citation::number)).toList();
    }
}
