package org.tweetorial.export.internal;

/**
 * Keeps the libraries' own logging quiet and on java.util.logging. Apache POI logs through the Log4j API, which the
 * product routes to java.util.logging with the Log4j-to-JUL bridge (that bridge is also the Log4j provider whose
 * absence made the Log4j API's OSGi activator keep its start-up lock for ever). Commons Logging, which PDFBox logs
 * through, is told to use java.util.logging directly unless the user chose a factory; Log4j's status output is
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
