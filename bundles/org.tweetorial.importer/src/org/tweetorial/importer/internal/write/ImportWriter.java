package org.tweetorial.importer.internal.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.tweetorial.importer.ImportException;
import org.tweetorial.importer.ImportReport;
import org.tweetorial.importer.ImportedImage;
import org.tweetorial.importer.ImportedPost;
import org.tweetorial.importer.ImportedThread;
import org.tweetorial.importer.SourceKind;
import org.tweetorial.importer.WrittenFile;
import org.tweetorial.importer.WrittenFile.Outcome;

/**
 * Writes a thread's Markdown file and images. Each file is written only when it is new, already equal, or still
 * exactly what an earlier import wrote (per {@link ImportManifest}); a file the user changed is kept, and the
 * import goes beside it ({@code NAME.imported.md}, {@code NAME.imported-2.md}...).
 */
public final class ImportWriter {

    private static final int SLUG_WORDS = 6;
    private static final int SLUG_LENGTH = 48;
    private static final int ID_TAIL = 8;
    private final List<WrittenFile> files = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public ImportReport write(ImportedThread thread, Path out) throws ImportException {
        boolean toFile = out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md") && !Files.isDirectory(out);
        Path dir = (toFile ? out.toAbsolutePath().getParent() : out.toAbsolutePath()).normalize();
        Path target = toFile ? out.toAbsolutePath().normalize() : dir.resolve(fileName(thread));
        try {
            Files.createDirectories(dir);
            ImportManifest manifest = ImportManifest.in(dir);
            List<List<String>> imagePaths = new ArrayList<>();
            List<WrittenFile> images = new ArrayList<>();
            for (ImportedPost post : thread.posts()) {
                List<String> paths = new ArrayList<>();
                for (ImportedImage image : post.images()) {
                    writeImage(dir, image, manifest, images).ifPresent(paths::add);
                }
                imagePaths.add(paths);
            }
            byte[] markdown = TweetorialMarkdown.render(thread, imagePaths).getBytes(StandardCharsets.UTF_8);
            WrittenFile tweetorial = guarded(dir, target, markdown, manifest);
            manifest.save();
            files.add(tweetorial);
            files.addAll(images);
            return new ImportReport(tweetorial, files, messages, problems);
        } catch (IOException e) {
            throw new ImportException(target + ": cannot be written (" + e.getMessage() + "); check that the folder "
                    + "is writable and the disk not full", e);
        }
    }

    private java.util.Optional<String> writeImage(Path dir, ImportedImage image, ImportManifest manifest,
            List<WrittenFile> images) throws IOException {
        byte[] bytes;
        try {
            bytes = image.content().read();
        } catch (IOException e) {
            problems.add("image " + image.fileName() + " could not be read from the archive (" + e.getMessage()
                    + "); the post is imported without it");
            return java.util.Optional.empty();
        }
        WrittenFile written = guarded(dir, dir.resolve("images").resolve(image.fileName()), bytes, manifest);
        images.add(written);
        return java.util.Optional.of(dir.relativize(written.path()).toString().replace('\\', '/'));
    }

    /** Writes {@code content} at {@code file} unless the user edited what is there; then beside it. */
    private WrittenFile guarded(Path dir, Path file, byte[] content, ImportManifest manifest) throws IOException {
        Path candidate = file;
        for (int n = 1;; n++) {
            String key = dir.relativize(candidate).toString().replace('\\', '/');
            Outcome outcome = outcome(candidate, key, content, manifest);
            if (outcome != null) {
                if (outcome != Outcome.UNCHANGED) {
                    AtomicFiles.write(candidate, content);
                }
                manifest.record(key, content);
                if (candidate.equals(file)) {
                    return new WrittenFile(candidate, outcome);
                }
                messages.add(dir.relativize(file) + " was edited since it was imported: it is kept as it is, and "
                        + "the new import is " + (outcome == Outcome.UNCHANGED ? "already " : "") + "beside it in "
                        + dir.relativize(candidate));
                return new WrittenFile(candidate, Outcome.WRITTEN_BESIDE);
            }
            candidate = beside(file, n);
        }
    }

    /** What writing at {@code file} would be, or null when the file must be kept (the user edited it). */
    private static Outcome outcome(Path file, String key, byte[] content, ImportManifest manifest)
            throws IOException {
        if (!Files.exists(file)) {
            return Outcome.CREATED;
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] existing = Files.readAllBytes(file);
        if (Arrays.equals(existing, content)) {
            return Outcome.UNCHANGED;
        }
        return manifest.hash(key).filter(h -> h.equals(ImportManifest.sha256(existing))).isPresent()
                ? Outcome.UPDATED : null;
    }

    private static Path beside(Path file, int n) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return file.resolveSibling(stem + ".imported" + (n == 1 ? "" : "-" + n) + ext);
    }

    /** {@code DATE-first-words-IDTAIL.md}: the date (UTC) and the first words of the first post, ASCII. */
    public static String fileName(ImportedThread thread) {
        String title = TweetorialMarkdown.title(thread);
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String[] words = ascii.split("[^a-z0-9]+");
        StringBuilder slug = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && slug.length() + w.length() < SLUG_LENGTH
                    && slug.toString().split("-").length <= SLUG_WORDS) {
                slug.append(slug.length() == 0 ? "" : "-").append(w);
            }
        }
        String date = thread.date().map(d -> d.atZone(ZoneOffset.UTC).toLocalDate() + "-").orElse("");
        String id = thread.id().replaceAll("[^A-Za-z0-9]", "");
        String tail = thread.kind() == SourceKind.PLAIN_TEXT || id.isEmpty() ? ""
                : "-" + id.substring(Math.max(0, id.length() - ID_TAIL)).toLowerCase(Locale.ROOT);
        String base = slug.length() == 0 ? thread.kind().platform() + "-thread" : slug.toString();
        return date + base + tail + ".md";
    }
}
