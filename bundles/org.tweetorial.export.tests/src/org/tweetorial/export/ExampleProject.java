package org.tweetorial.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/** Copies of the repository's example tweetorials in a test folder, so tests never touch {@code examples/}. */
public final class ExampleProject {

    /** A fixed {@code SOURCE_DATE_EPOCH}: 2026-01-02T03:04:05Z. */
    public static final Instant FIXED_TIME = Instant.ofEpochSecond(1_767_323_045L);

    private static Exporter shared;

    private ExampleProject() {
    }

    /** The repository root: the first folder above the working directory that has {@code examples/}. */
    public static Path repoRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples/ folder above " + System.getProperty("user.dir"));
        }
        return dir;
    }

    /** Copies {@code examples/NAME} and {@code examples/images/} into {@code dir}; returns the copied file. */
    public static Path copy(String name, Path dir) {
        try {
            Path examples = repoRoot().resolve("examples");
            Files.createDirectories(dir.resolve("images"));
            try (Stream<Path> images = Files.list(examples.resolve("images"))) {
                for (Path image : images.toList()) {
                    Files.copy(image, dir.resolve("images").resolve(image.getFileName()));
                }
            }
            return Files.copy(examples.resolve(name), dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a tweetorial into {@code dir} (images copied next to it) and returns its path. */
    public static Path write(Path dir, String name, String markdown) {
        try {
            copy("frank-starling.md", dir);
            return Files.writeString(dir.resolve(name), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One exporter for the whole test run: its card renderer is slow to start and safe to reuse. */
    public static synchronized Exporter exporter() {
        if (shared == null) {
            shared = Exporter.create();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Every file under {@code dir}, including hidden ones. */
    public static java.util.List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
