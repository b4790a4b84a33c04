package org.tweetorial.export;

/** Hears about an export's progress; called on the exporting thread. */
@FunctionalInterface
public interface ExportListener {

    /** Does nothing. */
    ExportListener SILENT = (step, index, total) -> { };

    /**
     * A step starts.
     *
     * @param step  what is being done, e.g. {@code "handout.pdf"}
     * @param index 1-based number of the step
     * @param total number of steps
     */
    void stepStarted(String step, int index, int total);
}
