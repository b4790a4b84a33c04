package org.tweetorial.export.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.logging.log4j.LogManager;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Sets up the libraries' logging before anything else can touch it; the product starts this bundle at start level 1.
 * <ul>
 * <li>The Log4j API that POI brings is initialised here, on the framework's start-level thread, which is the thread
 * that activates it: with no Log4j provider installed, its OSGi activator keeps a start-up lock on the activating
 * thread, and Log4j initialised later from another thread (an export job) would wait for that lock forever.</li>
 * <li>SPI-Fly (level 2) announces every service it registers for the Log4j API at INFO on standard error; only its
 * warnings are kept.</li>
 * </ul>
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
        if (Thread.currentThread().getName().startsWith("Start Level")) {
            // started by the product at level 1: this thread activates Log4j, so initialising it here is safe;
            // started lazily (an IDE that installed us from the update site), another thread may hold Log4j's lock
            LogManager.getContext(false);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // the logging set up at start stays for the process
    }
}
