package org.tweetorial.product.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The update site, installed by the build with the p2 director into a fresh Eclipse platform installation
 * (as Help > Install New Software would), resolves and starts its bundles there.
 */
class UpdateSiteInstallTest {

    private static final Path INSTALL = Path.of(System.getProperty("tweetorial.platform.install"));
    private static final Path SITE = Path.of(System.getProperty("tweetorial.site"));

    @Test
    void installedBundlesResolveAndTheCommandStarts() throws Exception {
        ProductRun run = ProductRun.headless(INSTALL, List.of(), "--version");
        assertAll(() -> assertEquals(0, run.exitCode(), run.stderr()),
                () -> assertEquals("Tweetorial Studio " + System.getProperty("tweetorial.version"),
                        run.stdout().strip()));
    }

    @Test
    void installationListsEveryTweetorialBundle() throws IOException {
        String config = Files.readString(INSTALL.resolve("configuration/config.ini"));
        for (String bundle : List.of("org.tweetorial.core_", "org.tweetorial.render_", "org.tweetorial.cli_",
                "org.tweetorial.ui_", "com.twitter.twittertext_", "org.apache.batik.transcoder_")) {
            assertTrue(config.contains(bundle), bundle + " is installed and configured");
        }
    }

    @Test
    void siteOffersOurBundlesAndNoEclipsePlatformBundle() throws IOException {
        Set<String> plugins = pluginNames(SITE.resolve("plugins"));
        assertTrue(plugins.stream().anyMatch(p -> p.startsWith("org.tweetorial.ui_")), plugins::toString);
        assertTrue(plugins.stream().anyMatch(p -> p.startsWith("com.twitter.twittertext_")), plugins::toString);
        assertEquals(Set.of(), plugins.stream().filter(p -> p.startsWith("org.eclipse.")).collect(Collectors.toSet()),
                "every Eclipse IDE has the platform bundles; the site must not duplicate them");
    }

    private static Set<String> pluginNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
