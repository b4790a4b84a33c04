package org.tweetorial.core;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The input cannot be read or parsed at all (missing file, not UTF-8, binary, too large, empty, nesting too
 * deep). The message names the file and line where known and says what to do.
 */
public class TweetorialException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Path> file;
    private final int line;
    private final String reason;
    private final String hint;

    public TweetorialException(Optional<Path> file, int line, String reason, String hint) {
        super(format(file, line, reason, hint));
        this.file = file;
        this.line = line;
        this.reason = reason;
        this.hint = hint;
    }

    private static String format(Optional<Path> file, int line, String reason, String hint) {
        String where = file.map(Path::toString).orElse("<input>") + (line > 0 ? ":" + line : "");
        return where + ": " + reason + (hint.isEmpty() ? "" : ". " + hint);
    }

    public Optional<Path> file() {
        return file;
    }

    /** 1-based line, 0 when not known. */
    public int line() {
        return line;
    }

    /** What is wrong, without file or hint. */
    public String reason() {
        return reason;
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }

    /** The same problem, attributed to a file. */
    public TweetorialException inFile(Path path) {
        return new TweetorialException(Optional.of(path), line, reason, hint);
    }
}
