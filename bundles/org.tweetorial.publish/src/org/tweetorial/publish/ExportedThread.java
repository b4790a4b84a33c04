package org.tweetorial.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;

import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.Exporter;
import org.tweetorial.export.SafetyReport;

/**
 * The thread as the exporter writes it: {@code thread.json} and the card files, exported into the publish folder
 * by the same {@link Exporter} (and its safety check) as {@code tweetorial export}. Publishing sends exactly these.
 *
 * @param folder   the export folder
 * @param language the front matter's language, empty when it sets none
 * @param posts    in thread order
 */
public record ExportedThread(Path folder, Optional<String> language, List<Post> posts) {

    /** One exported post: its text and its card file with the card's alt text. */
    public record Post(int number, int line, String text, Path card, String alt) {
    }

    /** The export was refused by the safety check. */
    public static final class Unsafe extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SafetyReport report;

        Unsafe(SafetyReport report) {
            super("The safety check stopped the export; fix these first: " + String.join("; ", report.blocking()
                    .stream().map(i -> report.where(i) + " " + i.category().label() + ": " + i.message()).toList()));
            this.report = report;
        }

        public SafetyReport report() {
            return report;
        }
    }

    public ExportedThread {
        posts = List.copyOf(posts);
    }

    /**
     * Exports the cards and {@code thread.json} of {@code source} into {@code folder} and reads them.
     *
     * @throws Unsafe           when the safety check blocks
     * @throws ExportException  when the source cannot be read or the export fails
     */
    public static ExportedThread export(Path source, Path folder, boolean allowPatientIdentifiers)
            throws Unsafe, ExportException, IOException {
        ExportRequest request = ExportRequest.of(source).withOutputDir(folder)
                .withArtifacts(EnumSet.of(ExportArtifact.CARDS, ExportArtifact.JSON))
                .withAllowPatientIdentifiers(allowPatientIdentifiers);
        try (Exporter exporter = Exporter.create()) {
            exporter.export(request, (step, index, total) -> { });
        } catch (ExportException e) {
            if (e.reason() == ExportException.Reason.UNSAFE && e.safetyReport().isPresent()) {
                throw new Unsafe(e.safetyReport().get());
            }
            throw e;
        }
        return read(folder);
    }

    /** Reads an export folder's {@code thread.json}. */
    public static ExportedThread read(Path folder) throws IOException {
        Path json = folder.resolve("thread.json");
        JsonObject root;
        try {
            root = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(json + " is not the exporter's thread.json: " + e.getMessage(), e);
        }
        List<Post> posts = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("posts")) {
            JsonObject p = e.getAsJsonObject();
            JsonObject card = p.getAsJsonObject("card");
            posts.add(new Post(p.get("number").getAsInt(), p.get("line").getAsInt(), p.get("text").getAsString(),
                    folder.resolve(card.get("file").getAsString()), card.get("alt").getAsString()));
        }
        return new ExportedThread(folder, string(root, "language"), posts);
    }

    private static Optional<String> string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() || e.getAsString().isBlank() ? Optional.empty()
                : Optional.of(e.getAsString());
    }
}
