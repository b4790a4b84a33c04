package org.tweetorial.export;

import java.util.List;
import java.util.Optional;

/** The export did not happen; nothing was written and a previous export is intact. */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the export stopped. */
    public enum Reason {
        /** The source cannot be read or parsed. */
        BAD_INPUT,
        /** The request cannot be carried out as given (e.g. the output folder contains the source). */
        BAD_REQUEST,
        /**
         * The safety check found something that blocks (see {@link #safetyReport()}): a possible patient
         * identifier, placeholder alt text, a missing image, or, with {@code strict}, any lint error.
         */
        UNSAFE,
        /** Writing or rendering failed. */
        FAILED
    }

    private final Reason reason;
    private final transient List<ExportProblem> problems;
    private final transient Optional<SafetyReport> safetyReport;

    public ExportException(Reason reason, String message) {
        this(reason, message, List.of(), null);
    }

    public ExportException(Reason reason, String message, List<ExportProblem> problems, Throwable cause) {
        this(reason, message, problems, Optional.empty(), cause);
    }

    /** The export was refused by the safety check. */
    public ExportException(String message, List<ExportProblem> problems, SafetyReport safetyReport) {
        this(Reason.UNSAFE, message, problems, Optional.of(safetyReport), null);
    }

    private ExportException(Reason reason, String message, List<ExportProblem> problems,
            Optional<SafetyReport> safetyReport, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.safetyReport = safetyReport;
    }

    public Reason reason() {
        return reason;
    }

    /** The lint problems found before the export stopped; empty when it stopped before linting. */
    public List<ExportProblem> problems() {
        return problems;
    }

    /** The safety check's report when it refused the export ({@link Reason#UNSAFE}). */
    public Optional<SafetyReport> safetyReport() {
        return safetyReport;
    }
}
