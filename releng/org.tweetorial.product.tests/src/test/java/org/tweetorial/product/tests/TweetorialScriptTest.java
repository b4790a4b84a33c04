package org.tweetorial.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    private record Run(int exitCode, String out, String err) {
    }

    private Run script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", REPO.resolve("tweetorial").toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("TWEETORIAL_NO_BUILD", "1");
        Process process = pb.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not finish within 3 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndAnExportOfAnExampleRunOnAPlainClassPath() throws Exception {
        Run version = script("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertEquals("Tweetorial Studio " + System.getProperty("tweetorial.version"), version.out().strip());

        Run export = script("export", REPO.resolve("examples/frank-starling.md").toString(), "--out", "out");
        assertEquals(0, export.exitCode(), export.out() + export.err());
        for (String file : List.of("thread.txt", "thread.json", "cards/01-title.png", "handout.pdf", "slides.pdf",
                "slides.pptx", "alt-text.txt")) {
            assertTrue(Files.size(dir.resolve("out").resolve(file)) > 0, file);
        }
        assertFalse(export.err().contains("\tat "), "no stack trace: " + export.err());

        String args = Files.readString(ProductRun.productDir().resolve("tweetorial-headless.args"));
        assertTrue(args.contains("org.tweetorial.export_") && args.contains("org.apache.batik.bridge_"), args);
        assertFalse(args.contains("org.eclipse.osgi_") || args.contains("org.eclipse.swt")
                || args.contains("org.tweetorial.ui_"), "no OSGi framework, no workbench: " + args);
    }
}
