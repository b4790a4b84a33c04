package org.tweetorial.importer.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An unpacked archive: the files under a folder (symbolic links are not followed out of it). */
public final class FolderFiles implements ArchiveFiles {

    private static final int MAX_DEPTH = 8;
    private final Path root;
    private final List<String> paths;

    public FolderFiles(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(this.root, MAX_DEPTH)) {
            paths = files.filter(Files::isRegularFile).map(p -> this.root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public List<String> paths() {
        return paths;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }

    @Override
    public List<String> problems() {
        return List.of();
    }
}
