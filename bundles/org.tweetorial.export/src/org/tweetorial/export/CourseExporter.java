package org.tweetorial.export;

import org.tweetorial.export.internal.course.CourseRunner;

/**
 * Exports a course library: each tweetorial into its own folder, several at once, and an {@code index.html} that
 * lists them. A tweetorial that cannot be exported is reported in the result and on the index page; the others are
 * exported all the same.
 */
public final class CourseExporter {

    private CourseExporter() {
    }

    /**
     * @throws ExportException when nothing could be started: an input does not exist, no tweetorial was found, or
     *                         the course folder or its index cannot be written
     */
    public static CourseResult export(CourseRequest request, CourseListener listener) throws ExportException {
        return new CourseRunner(request, listener).run();
    }
}
