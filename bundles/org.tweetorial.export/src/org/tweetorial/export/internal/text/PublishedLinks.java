package org.tweetorial.export.internal.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Where the posts of a source were published, read from the publish journals next to it
 * ({@code .tweetorial/publish/NAME-PLATFORM[-ACCOUNT].json}, written by {@code tweetorial publish}), so that
 * {@code thread.json} carries each post's addresses. A journal that cannot be read is passed over: publishing
 * reports it, an export does not depend on it.
 */
public final class PublishedLinks {

    /** One address of a post. */
    public record Link(String platform, String account, String url) {
    }

    private PublishedLinks() {
    }

    /** Post number to its addresses, in journal file order; empty when nothing was published. */
    public static Map<Integer, List<Link>> of(Path source) {
        Path dir = source.toAbsolutePath().normalize().resolveSibling(".tweetorial").resolve("publish");
        String name = source.getFileName().toString();
        String base = name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
        Map<Integer, List<Link>> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> journals = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, base + "-*.json")) {
            files.forEach(journals::add);
        } catch (IOException e) {
            return out;
        }
        journals.sort(null);
        for (Path journal : journals) {
            read(journal, out);
        }
        return out;
    }

    private static void read(Path journal, Map<Integer, List<Link>> out) {
        try {
            JsonObject j = JsonParser.parseString(Files.readString(journal, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!j.has("format") || !"tweetorial-publish-journal".equals(j.get("format").getAsString())) {
                return;
            }
            for (JsonElement e : j.getAsJsonArray("posts")) {
                JsonObject p = e.getAsJsonObject();
                if (p.has("url") && "published".equals(p.get("state").getAsString())) {
                    out.computeIfAbsent(p.get("number").getAsInt(), n -> new ArrayList<>()).add(new Link(
                            j.get("platform").getAsString(), j.get("account").getAsString(), p.get("url")
                                    .getAsString()));
                }
            }
        } catch (IOException | JsonParseException | IllegalStateException | NullPointerException
                | UnsupportedOperationException e) {
            // not a journal we can read: the export goes on without its links
        }
    }
}
