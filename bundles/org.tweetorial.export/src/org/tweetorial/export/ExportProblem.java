package org.tweetorial.export;

/**
 * Something the author should know about an export: a lint finding, a missing image, a character no font has.
 *
 * @param severity how serious: {@code error}, {@code warning} or {@code info}
 * @param where    file and line, or the output file concerned
 * @param message  what is wrong, for the user
 */
public record ExportProblem(String severity, String where, String message) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    public boolean isError() {
        return ERROR.equals(severity);
    }

    @Override
    public String toString() {
        return where + ": " + severity + ": " + message;
    }
}
