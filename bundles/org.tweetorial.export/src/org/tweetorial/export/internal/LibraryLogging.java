package org.tweetorial.export.internal;

/**
 * Keeps the libraries' own logging out of Log4j's way. Apache POI brings the Log4j API, and Commons Logging (which
 * PDFBox logs through) then prefers it. In OSGi the Log4j API's activator holds a start-up lock until a Log4j
 * provider appears, and the product has none: the thread that activated the bundle keeps the lock, so the first
 * other thread to initialise Log4j (a workbench export job, a course worker) waits forever. Commons Logging is
 * therefore told to use its own factory (java.util.logging), as it did before POI came, unless the user chose one;
 * POI, which calls the Log4j API itself, initialises it on the thread that loads it. Log4j's status output is
 * turned off unless the user set {@code log4j2.statusLoggerLevel}.
 */
public final class LibraryLogging {

    private static final String STATUS_LEVEL = "log4j2.statusLoggerLevel";
    private static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";

    private LibraryLogging() {
    }

    /** Call before the first PDF or deck is made. */
    public static void quiet() {
        if (System.getProperty(STATUS_LEVEL) == null) {
            System.setProperty(STATUS_LEVEL, "OFF");
        }
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl");
        }
    }
}
