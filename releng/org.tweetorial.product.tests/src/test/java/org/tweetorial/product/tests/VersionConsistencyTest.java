package org.tweetorial.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** One version everywhere: bundles, features, product, about dialog, changelog and {@code --version}. */
class VersionConsistencyTest {

    private static final Path REPO = Path.of(System.getProperty("tweetorial.repo"));
    private static final String VERSION = System.getProperty("tweetorial.version");

    @Test
    void everyBundleFeatureAndProductHasTheReleaseVersion() throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> manifests = Files.list(REPO.resolve("bundles"))) {
            for (Path bundle : manifests.filter(Files::isDirectory).toList()) {
                found.put(bundle.getFileName().toString(),
                        match(bundle.resolve("META-INF/MANIFEST.MF"), "Bundle-Version: (\\S+)"));
            }
        }
        try (Stream<Path> features = Files.list(REPO.resolve("features"))) {
            for (Path feature : features.filter(Files::isDirectory).toList()) {
                found.put(feature.getFileName().toString(),
                        match(feature.resolve("feature.xml"), "<feature[^>]*\\sversion=\"([^\"]+)\""));
            }
        }
        Path product = REPO.resolve("releng/org.tweetorial.repository/tweetorial.product");
        found.put("tweetorial.product", match(product, "<product[^>]*\\sversion=\"([^\"]+)\""));
        found.forEach((name, version) -> assertEquals(VERSION + ".qualifier", version, name));
    }

    @Test
    void aboutDialogAndChangelogNameTheVersion() throws IOException {
        String mappings = Files.readString(REPO.resolve("bundles/org.tweetorial.product/about.mappings"));
        assertTrue(mappings.lines().allMatch(l -> l.endsWith("=" + VERSION)), mappings);
        String changelog = Files.readString(REPO.resolve("CHANGELOG.md"));
        assertEquals(VERSION, match(changelog, "## \\[(\\d+\\.\\d+\\.\\d+)\\]"), "newest release in CHANGELOG.md");
    }

    @Test
    void commandLineVersionMatches() throws Exception {
        ProductRun run = ProductRun.headless(List.of(), "--version");
        assertEquals("Tweetorial Studio " + VERSION, run.stdout().strip());
    }

    private static String match(Path file, String regex) throws IOException {
        return match(Files.readString(file), regex);
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }
}
