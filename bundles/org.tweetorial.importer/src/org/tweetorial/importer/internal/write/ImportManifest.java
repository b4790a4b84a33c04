package org.tweetorial.importer.internal.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code .tweetorial-import.json} in the folder an import writes to: for each file it wrote (path relative to the
 * folder), the sha-256 of what it wrote. A file whose content no longer has that hash was edited by the user.
 */
final class ImportManifest {

    static final String NAME = ".tweetorial-import.json";
    private final Path file;
    private final Map<String, String> hashes = new TreeMap<>();

    private ImportManifest(Path file) {
        this.file = file;
    }

    /** The folder's manifest; empty when it has none or it cannot be read (every existing file is then kept). */
    static ImportManifest in(Path dir) {
        ImportManifest manifest = new ImportManifest(dir.resolve(NAME));
        try {
            if (Files.isRegularFile(manifest.file)) {
                JsonElement json = JsonParser.parseString(Files.readString(manifest.file));
                JsonObject files = json.isJsonObject() && json.getAsJsonObject().get("files") instanceof JsonObject f
                        ? f : new JsonObject();
                files.entrySet().forEach(e -> manifest.hashes.put(e.getKey(), e.getValue().getAsString()));
            }
        } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            manifest.hashes.clear();
        }
        return manifest;
    }

    Optional<String> hash(String path) {
        return Optional.ofNullable(hashes.get(path));
    }

    void record(String path, byte[] content) {
        hashes.put(path, sha256(content));
    }

    void save() throws IOException {
        JsonObject files = new JsonObject();
        hashes.forEach(files::addProperty);
        JsonObject root = new JsonObject();
        root.addProperty("format", "tweetorial-import");
        root.addProperty("version", 1);
        root.add("files", files);
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
        AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
