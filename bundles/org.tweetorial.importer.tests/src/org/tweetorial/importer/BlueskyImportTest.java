package org.tweetorial.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.importer.CarFixture.Ref;
import org.tweetorial.importer.internal.bluesky.Cid;
import org.tweetorial.importer.internal.bluesky.DagCbor;
import org.tweetorial.importer.internal.bluesky.Link;

class BlueskyImportTest {

    @TempDir
    Path dir;

    private static Map<String, Object> post(String text, String createdAt, String parentRkey) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("$type", "app.bsky.feed.post");
        post.put("text", text);
        post.put("createdAt", createdAt);
        post.put("langs", List.of("en"));
        if (parentRkey != null) {
            Map<String, Object> ref = Map.of("uri", parentRkey.startsWith("at://") ? parentRkey
                    : CarFixture.postUri(parentRkey), "cid", "bafyreiunused");
            post.put("reply", Map.of("root", ref, "parent", ref));
        }
        return post;
    }

    private CarFixture repo() throws Exception {
        CarFixture car = new CarFixture();
        Ref blob = car.blob(Fixtures.PNG);
        Map<String, Object> first = post("1/ Hyperkalaemia on the ECG: peaked T waves first. Guide: "
                + "esc.org/guide… #MedEd", "2024-06-01T10:00:00.000Z", null);
        String text = (String) first.get("text");
        int start = text.getBytes(StandardCharsets.UTF_8).length - "esc.org/guide… #MedEd".getBytes(
                StandardCharsets.UTF_8).length;
        int end = start + "esc.org/guide…".getBytes(StandardCharsets.UTF_8).length;
        first.put("facets", List.of(Map.of("index", Map.of("byteStart", (long) start, "byteEnd", (long) end),
                "features", List.of(Map.of("$type", "app.bsky.richtext.facet#link",
                        "uri", "https://www.escardio.org/Guidelines/hyperkalaemia")))));
        first.put("embed", Map.of("$type", "app.bsky.embed.images", "images", List.of(Map.of(
                "alt", "ECG with tall peaked T waves in V2 to V4", "image", Map.of("$type", "blob", "ref", blob,
                        "mimeType", "image/png", "size", (long) Fixtures.PNG.length)))));
        car.record("app.bsky.feed.post/3kaaa0000001", first)
                .record("app.bsky.feed.post/3kaaa0000002", post("2/ Then the P wave flattens, QRS widens. "
                        + "doi:10.1161/CIRCULATIONAHA.105.166550", "2024-06-01T10:01:00.000Z", "3kaaa0000001"))
                .record("app.bsky.feed.post/3kaaa0000003", post("3/ Finally a sine wave. Treat first, then "
                        + "confirm.", "2024-06-01T10:02:00.000Z", "3kaaa0000002"))
                .record("app.bsky.feed.post/3kbbb0000001", post("Just one post", "2024-06-02T10:00:00Z", null))
                .record("app.bsky.feed.post/3kccc0000001", post("Reply to a friend", "2024-06-03T10:00:00Z",
                        "at://did:plc:friend/app.bsky.feed.post/3kfriend"))
                .record("app.bsky.feed.post/3kddd0000002", post("Orphan after a deleted post",
                        "2024-06-04T10:00:00Z", "3kddd0000001"))
                .record("app.bsky.feed.post/3kddd0000003", post("and its follow-up", "2024-06-04T10:01:00Z",
                        "3kddd0000002"))
                .record("app.bsky.actor.profile/self", Map.of("$type", "app.bsky.actor.profile",
                        "displayName", "Dr Kay Lemia"));
        return car;
    }

    private Path writeCar(CarFixture car, boolean withBlobs) throws Exception {
        Path file = Files.write(dir.resolve("repo.car"), car.write());
        if (withBlobs) {
            Path blobs = Files.createDirectories(dir.resolve("repo"));
            for (Map.Entry<String, byte[]> b : car.blobs.entrySet()) {
                Files.write(blobs.resolve(b.getKey()), b.getValue());
            }
        }
        return file;
    }

    @Test
    void decodesLinksAsTag42NotAsBytes() throws Exception {
        byte[] cid = CarFixture.cid(0x71, new byte[] {1, 2, 3});
        Object decoded = DagCbor.decode(CarFixture.encode(Map.of("link", new Ref(cid), "bytes", new byte[] {0, 1})));

        Map<?, ?> map = (Map<?, ?>) decoded;
        assertEquals(new Link(Cid.of(cid)), map.get("link"));
        assertArrayEquals(new byte[] {0, 1}, (byte[]) map.get("bytes"));
        assertTrue(Cid.of(cid).toString().startsWith("bafyrei"), Cid.of(cid).toString());
    }

    @Test
    void rebuildsTheReplyChainFromTheRepositoryTree() throws Exception {
        ArchiveScan scan = Importer.scan(writeCar(repo(), true));

        assertEquals(SourceKind.BLUESKY_CAR, scan.kind());
        assertEquals(List.of("3kaaa0000001", "3kddd0000002"), scan.threads().stream().map(ImportedThread::id)
                .toList());
        ImportedThread thread = scan.threads().get(0);
        assertEquals(3, thread.length());
        assertEquals("Dr Kay Lemia", thread.author().name());
        assertEquals("1/ Hyperkalaemia on the ECG: peaked T waves first. Guide: "
                + "https://www.escardio.org/Guidelines/hyperkalaemia #MedEd", thread.posts().get(0).text());
        ImportedImage image = thread.posts().get(0).images().get(0);
        assertEquals("ECG with tall peaked T waves in V2 to V4", image.alt());
        assertArrayEquals(Fixtures.PNG, image.content().read());
        assertTrue(scan.problems().stream().anyMatch(p -> p.contains("3kddd0000002")
                && p.contains("not in the archive")), scan.problems().toString());
    }

    @Test
    void writesATweetorialForBluesky() throws Exception {
        ImportedThread thread = Importer.scan(writeCar(repo(), true)).threads().get(0);

        Path file = Importer.write(thread, dir.resolve("out")).tweetorial().path();

        Tweetorial parsed = Tweetorials.parse(file);
        assertEquals(List.of(org.tweetorial.core.platform.Platform.BLUESKY), parsed.frontMatter().platforms());
        assertEquals("Hyperkalaemia on the ECG: peaked T waves first. Guide: "
                + "https://www.escardio.org/Guidelines/hyperkalaemia #MedEd", parsed.posts().get(0).body());
        assertEquals("Then the P wave flattens, QRS widens. doi:10.1161/CIRCULATIONAHA.105.166550",
                parsed.posts().get(1).body());
        assertEquals(1, parsed.citations().size());
        assertTrue(Files.isRegularFile(dir.resolve("out/images/bsky-3kaaa0000001-1.png")));
    }

    @Test
    void withoutTheBlobFolderThePostsComeWithoutImagesAndSaySo() throws Exception {
        ArchiveScan scan = Importer.scan(writeCar(repo(), false));

        assertEquals(0, scan.threads().get(0).posts().get(0).images().size());
        assertTrue(scan.problems().stream().anyMatch(p -> p.contains("images are not in the export")),
                scan.problems().toString());
    }

    @Test
    void aTruncatedCarKeepsTheBlocksBeforeTheCut() throws Exception {
        byte[] car = repo().write();
        Path cut = Files.write(dir.resolve("cut.car"), Arrays.copyOf(car, car.length - 40));

        ArchiveScan scan = Importer.scan(cut);

        assertTrue(scan.problems().get(0).contains("truncated"), scan.problems().toString());
        assertTrue(scan.problems().stream().anyMatch(p -> p.contains("commit block is missing")
                && p.contains("scanning the blocks")), scan.problems().toString());
        assertEquals(List.of("3kaaa0000001", "3kaaa0000002", "3kaaa0000003"),
                scan.thread("3kaaa0000001").orElseThrow().posts().stream().map(ImportedPost::id).toList());
    }

    @Test
    void aFileThatIsNotACarIsAClearError() throws Exception {
        Path bad = Files.write(dir.resolve("bad.car"), new byte[] {5, 1, 2, 3, 4, 5, 6});

        ImportException e = assertThrows(ImportException.class, () -> Importer.scan(bad));

        assertTrue(e.getMessage().startsWith("bad.car: not a CAR v1 file"), e.getMessage());
    }
}
