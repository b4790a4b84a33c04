package org.tweetorial.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a materialized product holds, as far as licences go: its bundles (from their manifests), and the data files
 * inside our own bundles that come from elsewhere (fonts, and every licence, notice or attribution file).
 */
record ProductContents(List<Bundle> bundles, List<String> dataFiles) {

    /** One bundle of {@code plugins/}. */
    record Bundle(String name, String version, String license, String fileName) {
        boolean isOurs() {
            return name.startsWith(OUR_PREFIX);
        }

        /** The first three numbers of the version, e.g. 1.19.0. */
        String releaseVersion() {
            return ProductContents.releaseVersion(version);
        }

        @Override
        public String toString() {
            return "plugins/" + fileName + " (" + name + " " + version
                    + (license.isEmpty() ? "" : ", Bundle-License: " + license) + ")";
        }
    }

    static final String OUR_PREFIX = "org.tweetorial.";

    private static final Pattern THIRD_PARTY_DATA = Pattern.compile(
            "(?i)(.*\\.(ttf|otf|ttc|woff2?)|(.*/)?(licen[cs]e|copying|notice|.*attribution)[^/]*|about_files/.+)");

    static ProductContents read(Path installation) throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        List<String> dataFiles = new ArrayList<>();
        try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
            for (Path plugin : plugins.sorted().toList()) {
                Bundle bundle = readBundle(plugin);
                bundles.add(bundle);
                if (bundle.isOurs()) {
                    for (String entry : entries(plugin)) {
                        if (!entry.startsWith("META-INF/") && THIRD_PARTY_DATA.matcher(entry).matches()) {
                            dataFiles.add(bundle.name() + "/" + entry);
                        }
                    }
                }
            }
        }
        return new ProductContents(bundles, dataFiles);
    }

    static String releaseVersion(String version) {
        String[] parts = (version + ".0.0").split("\\.");
        return parts[0] + "." + parts[1] + "." + parts[2];
    }

    private static Bundle readBundle(Path plugin) throws IOException {
        Manifest manifest;
        if (Files.isDirectory(plugin)) {
            try (InputStream in = Files.newInputStream(plugin.resolve("META-INF/MANIFEST.MF"))) {
                manifest = new Manifest(in);
            }
        } else {
            try (JarFile jar = new JarFile(plugin.toFile())) {
                manifest = jar.getManifest();
            }
        }
        if (manifest == null) {
            manifest = new Manifest();
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = main.getValue("Bundle-SymbolicName");
        String fileName = plugin.getFileName().toString();
        String name = symbolicName == null ? fileName : symbolicName.split(";")[0].strip();
        String version = main.getValue("Bundle-Version");
        String license = main.getValue("Bundle-License");
        return new Bundle(name, version == null ? "0.0.0" : version.strip(), license == null ? "" : license.strip(),
                fileName);
    }

    private static List<String> entries(Path plugin) throws IOException {
        if (Files.isDirectory(plugin)) {
            try (Stream<Path> files = Files.walk(plugin)) {
                return files.filter(Files::isRegularFile).map(p -> plugin.relativize(p).toString().replace('\\', '/'))
                        .toList();
            }
        }
        try (JarFile jar = new JarFile(plugin.toFile())) {
            List<String> names = new ArrayList<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
            Collections.sort(names);
            return names;
        }
    }
}
