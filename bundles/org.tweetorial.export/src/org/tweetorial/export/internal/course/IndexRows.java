package org.tweetorial.export.internal.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.tweetorial.export.CourseEntry;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.ExportedFile;

/** What the index shows of each tweetorial, read from the {@code thread.json} its export wrote. */
final class IndexRows {

    /** An exported tweetorial: its title, date, post count, first card and the files to link. */
    record Exported(String folder, String title, String date, int posts, Optional<String> thumbnail,
            String thumbnailAlt, Set<String> files) {
    }

    /** A tweetorial that could not be exported, and why. */
    record Failed(String fileName, String reason) {
    }

    /** Every row, in the entries' order. */
    record Rows(List<Exported> exported, List<Failed> failed) {
    }

    private IndexRows() {
    }

    static Rows of(List<CourseEntry> entries) throws IOException {
        List<Exported> exported = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (CourseEntry e : entries) {
            if (e.result().isPresent()) {
                exported.add(exported(e.folderName(), e.result().get()));
            } else {
                String name = e.source().getFileName().toString();
                // the page may be published: no folders of the machine that made it, only the file's name
                String reason = String.valueOf(e.failure().get().getMessage()).replace(e.source().toString(), name);
                failed.add(new Failed(name, reason));
            }
        }
        return new Rows(exported, failed);
    }

    private static Exported exported(String folder, ExportResult result) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(result.folder().resolve("thread.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray posts = json.getAsJsonArray("posts");
        Optional<JsonObject> card = posts.isEmpty() ? Optional.empty()
                : Optional.ofNullable(posts.get(0).getAsJsonObject().getAsJsonObject("card"));
        Set<String> files = result.files().stream().map(ExportedFile::relativePath)
                .collect(Collectors.toUnmodifiableSet());
        return new Exported(folder, text(json.get("title")).orElse(folder), text(json.get("date")).orElse(""),
                posts.size(), card.flatMap(c -> text(c.get("file"))).filter(files::contains),
                card.flatMap(c -> text(c.get("alt"))).orElse(""), files);
    }

    private static Optional<String> text(JsonElement e) {
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
    }
}
