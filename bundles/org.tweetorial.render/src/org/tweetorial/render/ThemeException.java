package org.tweetorial.render;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A theme could not be loaded; {@link #problems()} says which file and what is wrong. */
public final class ThemeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** One problem in one file. */
    public record Problem(Path file, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public ThemeException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
