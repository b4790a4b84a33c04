package org.tweetorial.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's route: the repository's {@code tweetorial} script runs the just-built product's commands on a plain
 * class path (no OSGi framework), with the AOT cache it trains on first use.
 */
class TweetorialScriptTest {

    private static final Path REPO = Path.of(System.getProperty("tweetorial.repo"));

    @TempDir
    Path dir;

    private ProductRun script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", REPO.resolve("tweetorial").toString()));
        command.addAll(List.of(args));
        return ProductRun.run(command,
                Map.of("JAVA_HOME", System.getProperty("java.home"), "TWEETORIAL_NO_BUILD", "1"), dir);
    }

    @Test
    void versionAndAnExportOfAnExampleRunOnAPlainClassPath() throws Exception {
        ProductRun version = script("--version");
        assertEquals(0, version.exitCode(), version.stderr());
        assertEquals("Tweetorial Studio " + System.getProperty("tweetorial.version"), version.stdout().strip());

        ProductRun export = script("export", REPO.resolve("examples/frank-starling.md").toString(), "--out", "out");
        assertEquals(0, export.exitCode(), export.stdout() + export.stderr());
        for (String file : List.of("thread.txt", "thread.json", "cards/01-title.png", "handout.pdf", "slides.pdf",
                "slides.pptx", "alt-text.txt")) {
            assertTrue(Files.size(dir.resolve("out").resolve(file)) > 0, file);
        }
        assertFalse(export.stderr().contains("\tat "), "no stack trace: " + export.stderr());

        String args = Files.readString(ProductRun.productDir().resolve("tweetorial-headless.args"));
        assertTrue(args.contains("org.tweetorial.export_") && args.contains("org.apache.batik.bridge_"), args);
        assertFalse(args.contains("org.eclipse.osgi_") || args.contains("org.eclipse.swt")
                || args.contains("org.tweetorial.ui_"), "no OSGi framework, no workbench: " + args);
    }
}
