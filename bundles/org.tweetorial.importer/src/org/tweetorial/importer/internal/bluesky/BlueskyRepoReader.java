package org.tweetorial.importer.internal.bluesky;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tweetorial.importer.ArchiveScan;
import org.tweetorial.importer.Author;
import org.tweetorial.importer.ImportException;
import org.tweetorial.importer.ImportedImage;
import org.tweetorial.importer.SourceKind;
import org.tweetorial.importer.internal.threads.RawPost;
import org.tweetorial.importer.internal.threads.ThreadBuilder;

/**
 * Reads the posts of a Bluesky repository export ({@code .car}): {@code app.bsky.feed.post} records found through
 * the repository's tree (or, when the tree is damaged, by scanning every block), reply chains from
 * {@code reply.parent}, link facets turned back into full links, and images with their alt text from blob files
 * in a folder beside the {@code .car} (see {@link BlobFolder}).
 */
public final class BlueskyRepoReader {

    private static final String POST = "app.bsky.feed.post";
    private static final String PROFILE = "app.bsky.actor.profile/self";
    private final Path car;
    private final List<String> problems = new ArrayList<>();
    private int imagesWithoutBlobs;

    public BlueskyRepoReader(Path car) {
        this.car = car;
    }

    public ArchiveScan read() throws ImportException {
        String name = car.getFileName().toString();
        CarFile file;
        try {
            file = CarFile.parse(Files.readAllBytes(car), name);
        } catch (IOException e) {
            throw new ImportException(e.getMessage() + "; export the repository again (Settings > Account > "
                    + "Export my data)", e);
        }
        problems.addAll(file.problems());
        String[] did = {""};
        Map<String, Object> records = records(file, did, name);
        BlobFolder blobs = BlobFolder.beside(car);
        List<RawPost> posts = new ArrayList<>();
        String displayName = "";
        for (Map.Entry<String, Object> e : records.entrySet()) {
            if (e.getKey().equals(PROFILE) && e.getValue() instanceof Map<?, ?> profile) {
                displayName = profile.get("displayName") instanceof String s ? s : "";
            } else if (e.getValue() instanceof Map<?, ?> record && POST.equals(record.get("$type"))) {
                String rkey = e.getKey().substring(e.getKey().indexOf('/') + 1);
                posts.add(post(rkey, record, did[0], blobs));
            }
        }
        if (!blobs.found() && imagesWithoutBlobs > 0) {
            problems.add(name + ": the images are not in the export; put the blobs (files named by CID) in a folder "
                    + "'" + BlobFolder.defaultName(car) + "' or 'blobs' beside it");
        }
        Author author = new Author(displayName, "");
        var threads = new ThreadBuilder(SourceKind.BLUESKY_CAR, author, 2).build(posts, problems);
        return new ArchiveScan(car, SourceKind.BLUESKY_CAR, threads, problems);
    }

    /** The records by key; when the tree cannot be walked, every post block, keyed by its CID. */
    private Map<String, Object> records(CarFile file, String[] did, String name) throws ImportException {
        Map<String, Object> records = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Cid> e : RepoTree.records(file, did).entrySet()) {
                file.decode(e.getValue()).ifPresent(r -> records.put(e.getKey(), r));
            }
            return records;
        } catch (IOException e) {
            problems.add(name + ": " + e.getMessage() + "; the posts are found by scanning the blocks instead");
        }
        Map<Cid, String> keys = new LinkedHashMap<>();
        RepoTree.fromNodes(file).forEach((key, cid) -> keys.put(cid, key));
        for (Cid cid : file.blocks().keySet()) {
            try {
                if (file.decode(cid).orElse(null) instanceof Map<?, ?> m && POST.equals(m.get("$type"))) {
                    records.put(keys.getOrDefault(cid, POST + "/" + cid), m);
                }
            } catch (IOException e) {
                problems.add(name + ": block " + cid + " is not DAG-CBOR (" + e.getMessage() + "); skipped");
            }
        }
        if (records.isEmpty() && file.blocks().isEmpty()) {
            throw new ImportException(name + ": no records could be read; export the repository again");
        }
        return records;
    }

    private RawPost post(String rkey, Map<?, ?> record, String did, BlobFolder blobs) {
        String text = record.get("text") instanceof String s ? s : "";
        text = Facets.expandLinks(text, record.get("facets"));
        Optional<String> parent = Optional.empty();
        boolean toOthers = false;
        if (record.get("reply") instanceof Map<?, ?> reply && reply.get("parent") instanceof Map<?, ?> ref
                && ref.get("uri") instanceof String uri) {
            String[] parts = uri.replaceFirst("^at://", "").split("/");
            parent = Optional.of(parts[parts.length - 1]);
            toOthers = !did.isEmpty() && !parts[0].equals(did);
        }
        List<ImportedImage> images = new ArrayList<>();
        Embeds.Found embed = Embeds.read(record.get("embed"));
        if (!embed.externalLink().isEmpty() && !text.contains(embed.externalLink())) {
            text = text.isBlank() ? embed.externalLink() : text + "\n\n" + embed.externalLink();
        }
        for (Embeds.Image image : embed.images()) {
            Optional<ImportedImage> found = blobs.image(image, "bsky-" + rkey + "-" + (images.size() + 1));
            found.ifPresent(images::add);
            imagesWithoutBlobs += blobs.found() ? 0 : 1;
            if (found.isEmpty() && blobs.found()) {
                problems.add("post " + rkey + ": its image " + image.blob() + " is not in the blob folder; the "
                        + "post is imported without it");
            }
        }
        return new RawPost(rkey, parent, toOthers, created(record, rkey), text.strip(), images);
    }

    private Optional<Instant> created(Map<?, ?> record, String rkey) {
        if (!(record.get("createdAt") instanceof String value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            problems.add("post " + rkey + ": its date '" + value + "' cannot be read; imported without a date");
            return Optional.empty();
        }
    }
}
