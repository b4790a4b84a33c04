package org.tweetorial.importer.internal.bluesky;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.tweetorial.importer.ImportedImage;

/**
 * The blobs of a repository export, which the {@code .car} does not hold: a folder beside it named like the file
 * without {@code .car} (or {@code NAME-blobs}, or {@code blobs}), with one file per blob named by its CID, with or
 * without an extension ({@code com.atproto.sync.getBlob} gives the bytes).
 */
final class BlobFolder {

    private final Path folder;

    private BlobFolder(Path folder) {
        this.folder = folder;
    }

    static String defaultName(Path car) {
        return car.getFileName().toString().replaceFirst("(?i)\\.car$", "");
    }

    static BlobFolder beside(Path car) {
        Path dir = car.toAbsolutePath().getParent();
        for (String name : new String[] {defaultName(car), defaultName(car) + "-blobs", "blobs"}) {
            Path candidate = dir.resolve(name);
            if (Files.isDirectory(candidate)) {
                return new BlobFolder(candidate);
            }
        }
        return new BlobFolder(null);
    }

    boolean found() {
        return folder != null;
    }

    Optional<ImportedImage> image(Embeds.Image image, String baseName) {
        Optional<Path> file = find(image.blob().toString());
        String ext = switch (image.mimeType()) {
            case "image/png" -> ".png";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
        return file.map(f -> new ImportedImage(baseName + ext, image.alt(), () -> Files.readAllBytes(f)));
    }

    private Optional<Path> find(String cid) {
        if (folder == null) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().equals(cid)
                    || f.getFileName().toString().startsWith(cid + ".")).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
