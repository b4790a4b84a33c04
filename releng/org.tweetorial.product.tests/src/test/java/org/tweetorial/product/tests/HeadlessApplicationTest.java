package org.tweetorial.product.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The materialized product's {@code tweetorial} application inside Equinox, as the installed packages start it. */
class HeadlessApplicationTest {

    @Test
    void versionPrintsTheProductVersion() throws Exception {
        ProductRun run = ProductRun.headless(List.of(), "--version");
        assertAll(() -> assertEquals(0, run.exitCode(), run.stderr()),
                () -> assertEquals("Tweetorial Studio " + System.getProperty("tweetorial.version"),
                        run.stdout().strip()),
                () -> assertEquals("", run.stderr()));
    }

    @Test
    void helpRunsWithoutLoadingSwt() throws Exception {
        ProductRun run = ProductRun.headless(List.of("-verbose:class"), "--help");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("Usage: tweetorial <command>"), run.stdout());
        assertTrue(run.stdout().contains("org.tweetorial.cli.internal.CommandLine"),
                "-verbose:class lists the application's classes, so the check below is meaningful");
        assertFalse(run.stdout().contains("org.eclipse.swt."), "the headless application must not load SWT");
    }

    @Test
    void unknownCommandIsAUsageErrorWithAMessage() throws Exception {
        ProductRun run = ProductRun.headless(List.of(), "frobnicate");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("unknown command 'frobnicate'"), run.stderr());
        assertFalse(run.stderr().contains("Exception"), run.stderr());
    }
}
