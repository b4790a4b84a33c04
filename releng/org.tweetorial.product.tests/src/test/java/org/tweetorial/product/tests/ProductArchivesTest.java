package org.tweetorial.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each product archive holds what its platform needs: the right SWT fragment and no other, its launcher, and a
 * config.ini that starts the branded product with that fragment. Windows and macOS products cannot be run here,
 * so this inspection is their test.
 */
class ProductArchivesTest {

    record Environment(String os, String ws, String arch, String launcher, String launcherMustContain) {
        String id() {
            return os + "." + ws + "." + arch;
        }

        String swtFragment() {
            return "org.eclipse.swt." + ws + "." + os + "." + arch + "_";
        }
    }

    private static final Map<String, Environment> KNOWN = Map.of(
            "linux.gtk.x86_64", new Environment("linux", "gtk", "x86_64", "tweetorial-studio", "equinox.launcher"),
            "win32.win32.x86_64", new Environment("win32", "win32", "x86_64", "Tweetorial Studio.cmd",
                    "equinox.launcher"),
            "macosx.cocoa.aarch64", new Environment("macosx", "cocoa", "aarch64", "tweetorial-studio.command",
                    "-XstartOnFirstThread"));

    static Stream<Environment> environments() {
        return Arrays.stream(System.getProperty("tweetorial.environments").split(",")).map(String::strip)
                .map(KNOWN::get);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void archiveHoldsTheRightFragmentLauncherAndConfiguration(Environment env) throws IOException {
        Map<String, String> textFiles = new HashMap<>();
        List<String> names = readArchive(archiveFor(env), textFiles);

        assertEquals(1, names.stream().filter(n -> n.contains("/plugins/" + env.swtFragment())).count(),
                "exactly one SWT fragment for " + env.id());
        assertFalse(names.stream().anyMatch(n -> n.contains("/plugins/org.eclipse.swt.")
                && !n.contains(env.swtFragment()) && !n.contains("/plugins/org.eclipse.swt_")
                && !n.contains("/plugins/org.eclipse.swt.svg_")), "no SWT fragment of another platform");
        assertTrue(names.stream().anyMatch(n -> n.contains("/plugins/org.eclipse.equinox.launcher_")),
                "the launcher jar");

        String launcher = textFiles.get(env.launcher());
        assertTrue(launcher != null && launcher.contains(env.launcherMustContain()),
                "launcher " + env.launcher() + " in the archive root: " + textFiles.keySet());

        String config = textFiles.get("configuration/config.ini");
        assertTrue(config.contains("eclipse.product=org.tweetorial.product.studio"), config);
        assertTrue(config.contains(env.swtFragment()), "config.ini names the platform's SWT fragment");
        for (String bundle : List.of("org.tweetorial.ui_", "org.tweetorial.cli_", "org.tweetorial.render_",
                "org.eclipse.ui.ide.application_")) {
            assertTrue(config.contains(bundle), "config.ini names " + bundle);
        }
    }

    private static Path archiveFor(Environment env) throws IOException {
        Path products = Path.of(System.getProperty("tweetorial.products"));
        try (Stream<Path> files = Files.list(products)) {
            return files.filter(p -> p.getFileName().toString().startsWith("tweetorial-studio-")
                    && p.getFileName().toString().contains("-" + env.id() + "."))
                    .findFirst().orElseThrow(() -> new AssertionError("no archive for " + env.id() + " in " + products));
        }
    }

    /**
     * Lists the archive's entries and keeps the text of config.ini and of the files beside its configuration folder
     * (the launchers), keyed relative to the installation folder (on macOS, {@code NAME.app/Contents/Eclipse/}).
     */
    private static List<String> readArchive(Path archive, Map<String, String> textFiles) throws IOException {
        List<String> names = new ArrayList<>();
        Map<String, String> small = new HashMap<>();
        try (InputStream raw = Files.newInputStream(archive); ArchiveInputStream<?> in = open(archive, raw)) {
            ArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
                if (!entry.isDirectory() && !entry.getName().contains("/plugins/")
                        && !entry.getName().contains("/features/") && !entry.getName().contains("/p2/")) {
                    small.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        String config = small.keySet().stream().filter(n -> n.endsWith("configuration/config.ini")).findFirst()
                .orElseThrow(() -> new AssertionError("no configuration/config.ini in " + archive));
        String installRoot = config.substring(0, config.length() - "configuration/config.ini".length());
        small.forEach((name, text) -> {
            String relative = name.substring(installRoot.length());
            if (name.startsWith(installRoot) && (!relative.contains("/") || relative.equals("configuration/config.ini"))) {
                textFiles.put(relative, text);
            }
        });
        return names;
    }

    private static ArchiveInputStream<?> open(Path archive, InputStream raw) throws IOException {
        return archive.toString().endsWith(".zip") ? new ZipArchiveInputStream(raw)
                : new TarArchiveInputStream(new GzipCompressorInputStream(raw));
    }
}
