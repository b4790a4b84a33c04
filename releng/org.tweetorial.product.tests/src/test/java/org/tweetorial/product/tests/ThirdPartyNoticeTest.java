package org.tweetorial.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tweetorial.product.tests.ProductContents.Bundle;
import org.tweetorial.product.tests.ThirdPartyNotice.Row;

/**
 * THIRD-PARTY.md and the about dialog list exactly the third-party components the materialized product contains.
 * The product is read, not a list kept here: a library added to the target platform and the product makes this test
 * fail, naming the bundle, until THIRD-PARTY.md and the about text list it with its licence.
 */
class ThirdPartyNoticeTest {

    private static final Path REPO = Path.of(System.getProperty("tweetorial.repo"));
    private static final String HOW_TO_FIX = "\nAdd a row to THIRD-PARTY.md (component, version, licence, and the bundle "
            + "or file in the last column), then copy the about lines this test prints into "
            + "bundles/org.tweetorial.product/plugin.properties and about.properties.";
    /** The line of the about text after which the component lines follow. */
    private static final String ABOUT_LIST_HEADER = "Third-party components (see THIRD-PARTY.md):";

    private static ThirdPartyNotice notice;
    private static ProductContents product;

    @BeforeAll
    static void read() throws IOException {
        notice = ThirdPartyNotice.read(REPO.resolve("THIRD-PARTY.md"));
        product = ProductContents.read(ProductRun.productDir());
    }

    @Test
    void everyThirdPartyBundleOfTheProductIsListed() {
        List<Bundle> missing = product.bundles().stream().filter(b -> !b.isOurs())
                .filter(b -> notice.rows().stream().flatMap(r -> r.bundleEntries().stream())
                        .noneMatch(e -> ThirdPartyNotice.matches(e, b.name())))
                .toList();
        assertEquals(List.of(), missing, "THIRD-PARTY.md does not list these bundles of the product:\n"
                + missing.stream().map(Bundle::toString).collect(Collectors.joining("\n")) + HOW_TO_FIX);
    }

    @Test
    void everyThirdPartyFileInOurBundlesIsListed() {
        assertTrue(product.dataFiles().stream().anyMatch(f -> f.endsWith(".ttf")),
                "the check below sees the bundled fonts: " + product.dataFiles());
        List<String> missing = product.dataFiles().stream()
                .filter(f -> notice.rows().stream().flatMap(r -> r.fileEntries().stream())
                        .noneMatch(e -> ThirdPartyNotice.matches(e, f)))
                .toList();
        assertEquals(List.of(), missing, "THIRD-PARTY.md does not list these fonts or licence files of our bundles "
                + "(a font, or data with its own licence):\n" + String.join("\n", missing) + HOW_TO_FIX);
    }

    @Test
    void everyListedBundleAndFileIsInTheProduct() {
        List<String> stale = new ArrayList<>();
        for (Row row : notice.rows()) {
            for (String entry : row.bundleEntries()) {
                if (product.bundles().stream().noneMatch(b -> ThirdPartyNotice.matches(entry, b.name()))) {
                    stale.add(row.component() + ": no bundle " + entry + " in plugins/");
                }
            }
            for (String entry : row.fileEntries()) {
                if (product.dataFiles().stream().noneMatch(f -> ThirdPartyNotice.matches(entry, f))) {
                    stale.add(row.component() + ": no file " + entry);
                }
            }
        }
        assertEquals(List.of(), stale, "THIRD-PARTY.md lists what the product no longer contains; remove or rename "
                + "these entries (and their about lines):\n" + String.join("\n", stale));
    }

    @Test
    void listedVersionsAreTheBundlesVersions() {
        List<String> wrong = new ArrayList<>();
        for (Row row : notice.rows()) {
            if (row.checkedVersion().isEmpty()) {
                continue;
            }
            String expected = ProductContents.releaseVersion(row.checkedVersion());
            for (String entry : row.bundleEntries()) {
                product.bundles().stream().filter(b -> ThirdPartyNotice.matches(entry, b.name()))
                        .filter(b -> !b.releaseVersion().equals(expected))
                        .forEach(b -> wrong.add(row.component() + " " + row.version() + ": " + b));
            }
        }
        assertEquals(List.of(), wrong, "THIRD-PARTY.md names another version than the product contains; update the "
                + "row and its about line (and check the new version's licence):\n" + String.join("\n", wrong));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "plugin.properties:aboutText", "about.properties:blurb" })
    void aboutDialogListsTheSameComponents(String fileAndKey) throws IOException {
        String[] parts = fileAndKey.split(":");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(REPO.resolve("bundles/org.tweetorial.product").resolve(parts[0]),
                StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        String about = properties.getProperty(parts[1]);
        List<String> lines = about.lines().toList();
        int header = lines.indexOf(ABOUT_LIST_HEADER);
        if (header < 0) {
            fail(parts[0] + " " + parts[1] + " has no line '" + ABOUT_LIST_HEADER + "'");
        }
        List<String> listed = lines.subList(header + 1, lines.size()).stream().takeWhile(l -> !l.isBlank()).toList();
        List<String> expected = notice.rows().stream().map(Row::aboutLine).toList();
        assertEquals(expected, listed, "the about text (" + fileAndKey + ") must list the rows of THIRD-PARTY.md, "
                + "one per line, in the same order. In a .properties file:\n"
                + String.join("\\n\\\n", expected));
    }
}
