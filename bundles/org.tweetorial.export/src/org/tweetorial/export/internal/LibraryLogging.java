package org.tweetorial.export.internal;

/**
 * Keeps the libraries' own logging quiet. Apache POI brings the Log4j API, and Commons Logging (which PDFBox logs
 * through) then prefers it; with no Log4j provider installed, Log4j prints "could not find a logging provider" once
 * per process. Exports report their problems themselves, so Log4j's status output is turned off unless the user set
 * {@code log4j2.statusLoggerLevel}.
 */
public final class LibraryLogging {

    private static final String STATUS_LEVEL = "log4j2.statusLoggerLevel";

    private LibraryLogging() {
    }

    /** Call before the first PDF or deck is made. */
    public static void quiet() {
        if (System.getProperty(STATUS_LEVEL) == null) {
            System.setProperty(STATUS_LEVEL, "OFF");
        }
    }
}
