package org.tweetorial.publish.internal.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishFixtures;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.publish.PublishResult;
import org.tweetorial.publish.internal.http.Waiter;
import org.tweetorial.publish.internal.run.PublishRun;
import org.tweetorial.publish.internal.run.PublishSession;

/**
 * Publishing to a real Bluesky PDS on 127.0.0.1 ({@code releng/pds/start-pds.sh}), then reading the repository back
 * with {@code listRecords}: texts, reply chain, images with alt text and aspect ratio, facets at their byte offsets,
 * languages; and a publisher killed after k posts, then resumed.
 * <p>
 * Only {@code -Dtweetorial.pds.skip=true} leaves it out (reported as skipped, not passed); otherwise a PDS that
 * cannot be installed or started fails it.
 */
class LocalPdsPublishTest {

    private static LoopbackPds pds;
    @TempDir
    static Path logs;
    @TempDir
    Path project;

    @BeforeAll
    static void startPds() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("tweetorial.pds.skip"), "-Dtweetorial.pds.skip=true");
        pds = LoopbackPds.start(logs.resolve("pds.log"));
    }

    @AfterAll
    static void stopPds() throws Exception {
        if (pds != null) {
            Path data = pds.dataDir();
            pds.close();
            assertFalse(Files.exists(data), "the PDS data folder is deleted: " + data);
        }
    }

    @BeforeEach
    void emptyRepository() throws Exception {
        pds.deleteAll(pds.alice);
    }

    private Account alice() {
        return new Account(Platform.BLUESKY, "default", pds.url, pds.alice.handle(), pds.alice.appPassword());
    }

    private static PublishSession session(PublishRun.StepHook hook) {
        return new PublishSession(Waiter.system(), hook);
    }

    @Test
    void publishesTheThreadAndReadsItBack() throws Exception {
        Path source = PublishFixtures.thread(project);
        PublishRequest request = PublishRequest.of(source, Platform.BLUESKY);
        PublishResult result = session(PublishRun.StepHook.NONE).publish(request, alice(), PublishListener.SILENT);
        PublishPlan plan = session(PublishRun.StepHook.NONE).plan(request);
        assertEquals(4, result.sent());
        List<JsonObject> records = pds.posts(pds.alice.did());
        assertThread(plan, records);
        assertTrue(result.urls().get(0).startsWith("https://bsky.app/profile/alice.test/post/"), result.urls().get(0));

        JsonObject first = records.get(0).getAsJsonObject("value");
        String text = first.get("text").getAsString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        JsonArray facets = first.getAsJsonArray("facets");
        assertEquals(2, facets.size(), facets.toString());
        JsonObject link = facets.get(0).getAsJsonObject();
        int start = link.getAsJsonObject("index").get("byteStart").getAsInt();
        int end = link.getAsJsonObject("index").get("byteEnd").getAsInt();
        String prefix = PublishFixtures.FIRST_BODY.substring(0, PublishFixtures.FIRST_BODY.indexOf("https://"));
        assertEquals(byteIndex(text, text.indexOf(prefix) + prefix.length()), start, text);
        assertEquals("example.org/frank-starli...", new String(bytes, start, end - start, StandardCharsets.UTF_8));
        JsonObject feature = link.getAsJsonArray("features").get(0).getAsJsonObject();
        assertEquals("app.bsky.richtext.facet#link", feature.get("$type").getAsString());
        assertEquals("https://example.org/frank-starling-law-explained", feature.get("uri").getAsString());
        JsonObject tag = facets.get(1).getAsJsonObject();
        int tagStart = tag.getAsJsonObject("index").get("byteStart").getAsInt();
        int tagEnd = tag.getAsJsonObject("index").get("byteEnd").getAsInt();
        assertEquals("#MedEd", new String(bytes, tagStart, tagEnd - tagStart, StandardCharsets.UTF_8));

        JsonObject second = records.get(1).getAsJsonObject("value");
        JsonObject mention = second.getAsJsonArray("facets").get(0).getAsJsonObject();
        JsonObject mf = mention.getAsJsonArray("features").get(0).getAsJsonObject();
        assertEquals("app.bsky.richtext.facet#mention", mf.get("$type").getAsString());
        assertEquals(pds.bob.did(), mf.get("did").getAsString());
        String t2 = second.get("text").getAsString();
        int ms = mention.getAsJsonObject("index").get("byteStart").getAsInt();
        int me = mention.getAsJsonObject("index").get("byteEnd").getAsInt();
        assertEquals("@bob.test", new String(t2.getBytes(StandardCharsets.UTF_8), ms, me - ms,
                StandardCharsets.UTF_8));
    }

    @Test
    void killedAfterKPostsThenResumedHasExactlyNPostsInOrder() throws Exception {
        Path source = PublishFixtures.thread(project);
        PublishRequest request = PublishRequest.of(source, Platform.BLUESKY);
        PublishPlan plan = session(PublishRun.StepHook.NONE).plan(request);
        // "sent": the record exists, the journal still says "sending" (found with getRecord, not resent);
        // "send": the key is journalled, the record was never made (getRecord finds nothing, it is sent).
        for (String killAt : List.of("post 1: sent", "post 2: sent", "post 4: sent", "post 3: send")) {
            pds.deleteAll(pds.alice);
            Files.deleteIfExists(plan.journal());
            int k = Integer.parseInt(killAt.substring(5, 6));
            int onServer = killAt.endsWith("sent") ? k : k - 1;
            PublishRun.StepHook crash = step -> {
                if (step.equals(killAt)) {
                    throw new PublishException(PublishException.Reason.CONNECTION_LOST, "killed at " + killAt);
                }
            };
            assertThrows(PublishException.class, () -> session(crash).publish(request, alice(),
                    PublishListener.SILENT));
            assertEquals(onServer, pds.posts(pds.alice.did()).size(), "posts before the resume, " + killAt);
            PublishResult result = session(PublishRun.StepHook.NONE).publish(request.withResume(true), alice(),
                    PublishListener.SILENT);
            assertEquals(4 - onServer, result.sent(), killAt);
            assertThread(plan, pds.posts(pds.alice.did()));
        }
    }

    @Test
    void aWrongAppPasswordIsALoginProblemThatDoesNotShowIt() {
        String wrong = "aaaa-bbbb-cccc-dddd";
        Account account = new Account(Platform.BLUESKY, "default", pds.url, pds.alice.handle(), wrong);
        PublishException e = assertThrows(PublishException.class, () -> session(PublishRun.StepHook.NONE)
                .publish(PublishRequest.of(PublishFixtures.thread(project), Platform.BLUESKY), account,
                        PublishListener.SILENT));
        assertEquals(PublishException.Reason.LOGIN, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains(wrong), e.getMessage());
    }

    /** Exactly the plan's posts in order: texts, reply chain, images with alt text and aspect ratio, langs. */
    private static void assertThread(PublishPlan plan, List<JsonObject> records) {
        assertEquals(plan.posts().size(), records.size(), "posts in the repository");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PlannedPost p = plan.posts().get(i);
            JsonObject value = records.get(i).getAsJsonObject("value");
            assertEquals(RichText.of(p.text()).text(), value.get("text").getAsString());
            texts.add(value.get("text").getAsString());
            assertEquals("fr", value.getAsJsonArray("langs").get(0).getAsString());
            Optional<JsonObject> reply = Optional.ofNullable(value.getAsJsonObject("reply"));
            if (i == 0) {
                assertTrue(reply.isEmpty());
            } else {
                assertEquals(records.get(0).get("uri").getAsString(), reply.get().getAsJsonObject("root")
                        .get("uri").getAsString());
                assertEquals(records.get(i - 1).get("uri").getAsString(), reply.get().getAsJsonObject("parent")
                        .get("uri").getAsString());
                assertEquals(records.get(i - 1).get("cid").getAsString(), reply.get().getAsJsonObject("parent")
                        .get("cid").getAsString());
            }
            JsonObject embed = value.getAsJsonObject("embed");
            assertEquals("app.bsky.embed.images", embed.get("$type").getAsString());
            JsonArray images = embed.getAsJsonArray("images");
            assertEquals(p.images().size(), images.size());
            for (int j = 0; j < images.size(); j++) {
                PlannedImage planned = p.images().get(j);
                JsonObject img = images.get(j).getAsJsonObject();
                assertEquals(planned.alt(), img.get("alt").getAsString());
                assertFalse(planned.alt().isBlank());
                assertEquals(planned.width(), img.getAsJsonObject("aspectRatio").get("width").getAsInt());
                assertEquals(planned.height(), img.getAsJsonObject("aspectRatio").get("height").getAsInt());
                JsonObject blob = img.getAsJsonObject("image");
                assertEquals(planned.mimeType(), blob.get("mimeType").getAsString());
                assertEquals(planned.size(), blob.get("size").getAsLong());
                assertTrue(blob.get("size").getAsLong() <= 1_000_000);
            }
        }
        assertEquals(texts.size(), texts.stream().distinct().count(), "a post twice: " + texts);
    }

    private static int byteIndex(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

}
