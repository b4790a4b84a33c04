package org.tweetorial.export.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Quiets the libraries' logging before anything else can write to standard error; the product starts this bundle at
 * start level 1, before the Log4j-to-JUL bridge (level 4). In an Eclipse IDE that starts SPI-Fly (the product does
 * not), SPI-Fly would otherwise announce at INFO every service it registers for the Log4j API and its JUL bridge;
 * only its warnings are kept.
 */
public final class ExportActivator implements BundleActivator {

    /** Held so that the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final Logger SPI_FLY = Logger.getLogger("org.apache.aries.spifly.BaseActivator");

    @Override
    public void start(BundleContext context) {
        if (SPI_FLY.getLevel() == null) {
            SPI_FLY.setLevel(Level.WARNING);
        }
        LibraryLogging.quiet();
    }

    @Override
    public void stop(BundleContext context) {
        // the logging set up at start stays for the process
    }
}
