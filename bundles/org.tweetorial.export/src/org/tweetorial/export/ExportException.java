package org.tweetorial.export;

import java.util.List;

/** The export did not happen; nothing was written and a previous export is intact. */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the export stopped. */
    public enum Reason {
        /** The source cannot be read or parsed. */
        BAD_INPUT,
        /** The request cannot be carried out as given (e.g. the output folder contains the source). */
        BAD_REQUEST,
        /** {@code strict} was set and the tweetorial has lint errors (see {@link #problems()}). */
        LINT_ERRORS,
        /** Writing or rendering failed. */
        FAILED
    }

    private final Reason reason;
    private final transient List<ExportProblem> problems;

    public ExportException(Reason reason, String message) {
        this(reason, message, List.of(), null);
    }

    public ExportException(Reason reason, String message, List<ExportProblem> problems, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** The lint problems that blocked a strict export; empty otherwise. */
    public List<ExportProblem> problems() {
        return problems;
    }
}
