package org.tweetorial.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.internal.parse.InputDecoder;
import org.tweetorial.core.internal.parse.TweetorialParser;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Linter;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Tweetorial;

/** Entry point: parse and check tweetorial Markdown. All methods are thread-safe. */
public final class Tweetorials {

    private Tweetorials() {
    }

    /** Reads and parses a file; image paths are relative to its folder. */
    public static Tweetorial parse(Path file) throws TweetorialException {
        String text = InputDecoder.read(file);
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent() != null ? absolute.getParent() : absolute;
        return TweetorialParser.parse(text, Optional.of(file), dir);
    }

    /** Parses text (e.g. an editor's document); image paths are relative to {@code baseDir}. */
    public static Tweetorial parse(String text, Path baseDir) throws TweetorialException {
        return TweetorialParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, Optional.empty(),
                baseDir);
    }

    /** Parse problems and lint problems, in file order. */
    public static List<Problem> check(Tweetorial tweetorial, LintOptions options) {
        return Linter.lint(tweetorial, options);
    }
}
