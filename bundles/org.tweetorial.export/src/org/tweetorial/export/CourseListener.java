package org.tweetorial.export;

import java.nio.file.Path;

/** Hears about a course export's progress; called on the worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface CourseListener {

    /** Does nothing. */
    CourseListener SILENT = (source, ok, done, total) -> { };

    /**
     * One tweetorial is finished.
     *
     * @param source the tweetorial file
     * @param ok     false when it could not be exported
     * @param done   how many are finished so far, this one included
     * @param total  how many there are
     */
    void finished(Path source, boolean ok, int done, int total);
}
