package org.tweetorial.importer.internal.mastodon;

import static org.tweetorial.importer.internal.JsonFields.object;
import static org.tweetorial.importer.internal.JsonFields.objects;
import static org.tweetorial.importer.internal.JsonFields.string;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tweetorial.importer.ArchiveScan;
import org.tweetorial.importer.Author;
import org.tweetorial.importer.ImportException;
import org.tweetorial.importer.ImportedImage;
import org.tweetorial.importer.SourceKind;
import org.tweetorial.importer.internal.files.ArchiveFiles;
import org.tweetorial.importer.internal.threads.RawPost;
import org.tweetorial.importer.internal.threads.ThreadBuilder;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads the statuses of a Mastodon archive: the {@code Create} activities of {@code outbox.json} (boosts are
 * skipped), the author from {@code actor.json}, self-replies from {@code inReplyTo}, text from the HTML content,
 * and images from {@code media_attachments/} with their alt text ({@code name}).
 */
public final class MastodonArchiveReader {

    private final ArchiveFiles files;
    private final String sourceName;
    private final List<String> problems = new ArrayList<>();

    public MastodonArchiveReader(ArchiveFiles files, String sourceName) {
        this.files = files;
        this.sourceName = sourceName;
    }

    /** Whether {@code files} look like a Mastodon archive. */
    public static boolean isArchive(ArchiveFiles files) {
        return files.find("outbox.json").isPresent();
    }

    public ArchiveScan read(Path source) throws ImportException {
        problems.addAll(files.problems());
        String outboxPath = files.find("outbox.json").orElseThrow(() -> new ImportException(sourceName
                + ": no outbox.json in this Mastodon archive; was it truncated? Download the archive again."));
        JsonObject outbox = json(outboxPath).orElseThrow(() -> new ImportException(sourceName + ": " + outboxPath
                + " cannot be read as JSON; " + (problems.isEmpty() ? "" : problems.get(0) + "; ")
                + "download the archive again."));
        String prefix = outboxPath.contains("/") ? outboxPath.substring(0, outboxPath.lastIndexOf('/') + 1) : "";
        JsonObject actor = json(prefix + "actor.json").orElse(null);
        String actorId = string(actor, "id").orElse("");
        List<RawPost> posts = new ArrayList<>();
        for (JsonObject activity : objects(outbox, "orderedItems")) {
            JsonObject note = object(activity, "object");
            if ("Create".equals(string(activity, "type").orElse("")) && note != null) {
                posts.add(post(note, actorId, prefix));
            }
        }
        Author author = author(actor, actorId);
        var threads = new ThreadBuilder(SourceKind.MASTODON_ARCHIVE, author, 2).build(posts, problems);
        return new ArchiveScan(source, SourceKind.MASTODON_ARCHIVE, threads, problems);
    }

    private Author author(JsonObject actor, String actorId) {
        if (actor == null) {
            problems.add(sourceName + ": no actor.json; the threads are imported without author and handle");
            return Author.UNKNOWN;
        }
        String user = string(actor, "preferredUsername").orElse("");
        String host = host(actorId);
        String handle = user.isEmpty() ? "" : "@" + user + (host.isEmpty() ? "" : "@" + host);
        return new Author(string(actor, "name").filter(n -> !n.isBlank()).orElse(user), handle);
    }

    private static String host(String url) {
        try {
            String host = url.isEmpty() ? null : URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private RawPost post(JsonObject note, String actorId, String prefix) {
        String url = string(note, "id").orElse("");
        String id = url.substring(url.lastIndexOf('/') + 1);
        Optional<String> inReplyTo = string(note, "inReplyTo").filter(s -> !s.isBlank());
        boolean own = inReplyTo.isPresent() && !actorId.isEmpty() && inReplyTo.get().startsWith(actorId + "/");
        Optional<String> parent = inReplyTo.map(u -> u.substring(u.lastIndexOf('/') + 1));
        String text = HtmlText.toText(string(note, "content").orElse(""));
        List<ImportedImage> images = new ArrayList<>();
        for (JsonObject attachment : objects(note, "attachment")) {
            image(id, attachment, prefix, images.size() + 1).ifPresent(images::add);
        }
        boolean toOthers = inReplyTo.isPresent() && !own && !actorId.isEmpty();
        return new RawPost(id, parent, toOthers, created(note, id), text, images);
    }

    private Optional<ImportedImage> image(String id, JsonObject attachment, String prefix, int n) {
        String type = string(attachment, "mediaType").orElse("");
        String url = string(attachment, "url").orElse("");
        int at = url.indexOf("media_attachments/");
        if (!type.startsWith("image/")) {
            problems.add("status " + id + ": its " + (type.isEmpty() ? "attachment" : type) + " is not imported "
                    + "(only images are)");
            return Optional.empty();
        }
        String path = at < 0 ? "" : prefix + url.substring(at);
        if (path.isEmpty() || !files.paths().contains(path)) {
            problems.add("status " + id + ": its image " + url + " is not in the archive's media_attachments "
                    + "folder; the post is imported without it");
            return Optional.empty();
        }
        String ext = path.contains(".") ? path.substring(path.lastIndexOf('.')) : ".jpg";
        String alt = string(attachment, "name").orElse("");
        return Optional.of(new ImportedImage("mastodon-" + id + "-" + n + ext, alt,
                () -> files.read(path).orElseThrow(() -> new IOException(path + " is no longer in the archive"))));
    }

    private Optional<Instant> created(JsonObject note, String id) {
        Optional<String> value = string(note, "published");
        try {
            return value.map(v -> OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            problems.add("status " + id + ": its date '" + value.orElse("") + "' cannot be read; imported without "
                    + "a date");
            return Optional.empty();
        }
    }

    private Optional<JsonObject> json(String path) {
        try {
            Optional<byte[]> bytes = files.read(path);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            JsonElement e = JsonParser.parseString(new String(bytes.get(), StandardCharsets.UTF_8));
            return e.isJsonObject() ? Optional.of(e.getAsJsonObject()) : Optional.empty();
        } catch (IOException | JsonParseException e) {
            problems.add(path + ": cannot be read as JSON (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
