package org.tweetorial.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The component table of {@code THIRD-PARTY.md}: one row per third-party component, with what the product contains
 * of it. An entry of the last column is a bundle symbolic name, or {@code bundle/path} for a file inside one of our
 * bundles; {@code *} stands for any characters (within one path segment for files).
 */
record ThirdPartyNotice(List<Row> rows) {

    record Row(String component, String version, String licence, List<String> entries) {

        /** The line the about dialog shows for this row. */
        String aboutLine() {
            return component + (version.isEmpty() ? "" : " " + version) + ": " + licence;
        }

        /** The version when it is a plain version number (checked against the bundles), else empty. */
        String checkedVersion() {
            return version.matches("\\d+(\\.\\d+)*") ? version : "";
        }

        List<String> bundleEntries() {
            return entries.stream().filter(e -> !e.contains("/")).toList();
        }

        List<String> fileEntries() {
            return entries.stream().filter(e -> e.contains("/")).toList();
        }
    }

    private static final Pattern ENTRY = Pattern.compile("`([^`]+)`");

    static ThirdPartyNotice read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("| Component |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|") && !line.startsWith("|---")) {
                String[] cells = line.split("\\|", -1);
                if (cells.length != 6) {
                    throw new AssertionError("THIRD-PARTY.md: a table row needs 4 cells: " + line);
                }
                List<String> entries = new ArrayList<>();
                Matcher m = ENTRY.matcher(cells[4]);
                while (m.find()) {
                    entries.add(m.group(1));
                }
                rows.add(new Row(cells[1].strip(), cells[2].strip(), cells[3].strip(), entries));
            } else if (inTable && !line.startsWith("|")) {
                inTable = false;
            }
        }
        if (rows.isEmpty()) {
            throw new AssertionError("THIRD-PARTY.md has no table starting with '| Component |'");
        }
        return new ThirdPartyNotice(rows);
    }

    /** Whether an entry (bundle name or {@code bundle/path}) names {@code name}. */
    static boolean matches(String entry, String name) {
        String any = entry.contains("/") ? "[^/]*" : ".*";
        StringBuilder regex = new StringBuilder();
        for (String part : entry.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(any);
            }
            regex.append(Pattern.quote(part));
        }
        return name.matches(regex.toString());
    }
}
