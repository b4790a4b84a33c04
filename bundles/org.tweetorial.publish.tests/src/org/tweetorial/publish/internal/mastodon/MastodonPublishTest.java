package org.tweetorial.publish.internal.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.Exporter;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishFixtures;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.publish.PublishResult;
import org.tweetorial.publish.internal.run.PublishRun;

/** Publishing to a fake Mastodon instance that follows the documented API, with its trouble. */
class MastodonPublishTest {

    @TempDir
    Path project;
    private final PublishFixtures.ManualClock clock = new PublishFixtures.ManualClock();
    private FakeMastodon server;
    private Path source;
    private PublishRequest request;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMastodon(clock);
        source = PublishFixtures.thread(project);
        request = PublishRequest.of(source, Platform.MASTODON);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Account account(String token) {
        return new Account(Platform.MASTODON, "default", server.uri(), "", token);
    }

    private PublishResult publish(PublishRequest r, PublishRun.StepHook hook, PublishListener listener)
            throws PublishException {
        return PublishFixtures.session(clock, hook).publish(r, account(FakeMastodon.TOKEN), listener);
    }

    private PublishPlan plan() throws PublishException {
        return PublishFixtures.session(clock, PublishRun.StepHook.NONE).plan(request);
    }

    @Test
    void publishesThroughProcessingMediaRateLimitAndAGatewayTimeout() throws Exception {
        server.rateLimitUpload = 3;
        server.gatewayTimeoutStatus = 2;
        List<String> waits = new ArrayList<>();
        PublishListener listener = new PublishListener() {
            @Override
            public void waiting(Duration remaining, String why) {
                waits.add(remaining.toSeconds() + " " + why);
            }
        };
        PublishResult result = publish(request, PublishRun.StepHook.NONE, listener);
        assertEquals(4, result.sent());
        assertThread(plan());
        assertTrue(server.requests.stream().anyMatch(r -> r.startsWith("GET /api/v1/media/")), "polled the 202");
        assertTrue(waits.stream().anyMatch(w -> w.startsWith("30 ") && w.contains("rate limited")), waits.toString());
        assertEquals(4, result.urls().size());
        assertEquals("https://fake.test/@alice/" + server.statuses.get(0).id(), result.urls().get(0));
        String journal = Files.readString(result.journal(), StandardCharsets.UTF_8);
        assertFalse(journal.contains(FakeMastodon.TOKEN), "the token is in the journal");
        assertTrue(journal.contains("\"published\""));
    }

    @Test
    void aConnectionLostMidUploadIsRetried() throws Exception {
        server.dropUpload = 2;
        List<String> waits = new ArrayList<>();
        PublishListener listener = new PublishListener() {
            @Override
            public void waiting(Duration remaining, String why) {
                waits.add(why);
            }
        };
        PublishResult result = publish(request, PublishRun.StepHook.NONE, listener);
        assertEquals(4, result.sent());
        assertThread(plan());
        assertTrue(waits.stream().anyMatch(w -> w.contains("connection lost")), waits.toString());
    }

    @Test
    void aLaterExportCarriesThePublishedAddresses() throws Exception {
        PublishResult result = publish(request, PublishRun.StepHook.NONE, PublishListener.SILENT);
        Path out = project.resolve("export");
        try (Exporter exporter = Exporter.create()) {
            exporter.export(ExportRequest.of(source).withOutputDir(out).withArtifacts(EnumSet.of(ExportArtifact.JSON)),
                    (step, i, n) -> { });
        }
        JsonArray posts = JsonParser.parseString(Files.readString(out.resolve("thread.json"), StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonArray("posts");
        for (int i = 0; i < posts.size(); i++) {
            JsonObject link = posts.get(i).getAsJsonObject().getAsJsonArray("published").get(0).getAsJsonObject();
            assertEquals("mastodon", link.get("platform").getAsString());
            assertEquals("alice", link.get("account").getAsString());
            assertEquals(result.urls().get(i), link.get("url").getAsString());
        }
    }

    @Test
    void killedAfterPostKThenResumedHasEveryPostOnce() throws Exception {
        for (String killAt : List.of("post 1: upload image 1", "post 2: send", "post 2: sent", "post 4: sent")) {
            server.close();
            server = new FakeMastodon(clock);
            Files.deleteIfExists(project.resolve(".tweetorial/publish/precharge-mastodon.json"));
            PublishRun.StepHook crash = step -> {
                if (step.equals(killAt)) {
                    throw new PublishException(PublishException.Reason.CONNECTION_LOST, "killed at " + step);
                }
            };
            assertThrows(PublishException.class, () -> publish(request, crash, PublishListener.SILENT), killAt);
            PublishResult result = publish(request.withResume(true), PublishRun.StepHook.NONE,
                    PublishListener.SILENT);
            assertEquals(4, result.urls().size(), killAt);
            assertThread(plan());
        }
    }

    @Test
    void afterTheIdempotencyHourAPostLeftSendingIsFoundAmongReplies() throws Exception {
        for (String killAt : List.of("post 1: sent", "post 3: sent")) {
            server.close();
            server = new FakeMastodon(clock);
            Files.deleteIfExists(project.resolve(".tweetorial/publish/precharge-mastodon.json"));
            PublishRun.StepHook crash = step -> {
                if (step.equals(killAt)) {
                    throw new PublishException(PublishException.Reason.CONNECTION_LOST, "killed");
                }
            };
            assertThrows(PublishException.class, () -> publish(request, crash, PublishListener.SILENT));
            clock.advance(Duration.ofHours(2));
            PublishResult result = publish(request.withResume(true), PublishRun.StepHook.NONE,
                    PublishListener.SILENT);
            assertEquals(4, result.urls().size());
            assertThread(plan());
            assertTrue(server.requests.stream().anyMatch(r -> r.endsWith("/context") || r.endsWith("/1/statuses")),
                    server.requests.toString());
        }
    }

    @Test
    void anUnfinishedPublishNeedsResumeAndAFinishedOneIsNotSentAgain() throws Exception {
        PublishRun.StepHook crash = step -> {
            if (step.equals("post 3: send")) {
                throw new PublishException(PublishException.Reason.CONNECTION_LOST, "killed");
            }
        };
        assertThrows(PublishException.class, () -> publish(request, crash, PublishListener.SILENT));
        PublishException e = assertThrows(PublishException.class, () -> publish(request, PublishRun.StepHook.NONE,
                PublishListener.SILENT));
        assertEquals(PublishException.Reason.UNFINISHED, e.reason());
        assertTrue(e.getMessage().contains("--resume"), e.getMessage());
        publish(request.withResume(true), PublishRun.StepHook.NONE, PublishListener.SILENT);
        PublishResult again = publish(request, PublishRun.StepHook.NONE, PublishListener.SILENT);
        assertEquals(0, again.sent());
        assertEquals(4, server.statuses.size());
    }

    @Test
    void aSourceChangedAfterAPartialPublishIsNamedAndCanBeAccepted() throws Exception {
        PublishRun.StepHook crash = step -> {
            if (step.equals("post 3: upload image 1")) {
                throw new PublishException(PublishException.Reason.CONNECTION_LOST, "killed");
            }
        };
        assertThrows(PublishException.class, () -> publish(request, crash, PublishListener.SILENT));
        String md = Files.readString(source, StandardCharsets.UTF_8);
        Files.writeString(source, md.replace("pour la relecture", "pour sa relecture"), StandardCharsets.UTF_8);
        PublishException e = assertThrows(PublishException.class, () -> publish(request.withResume(true),
                PublishRun.StepHook.NONE, PublishListener.SILENT));
        assertEquals(PublishException.Reason.SOURCE_CHANGED, e.reason());
        assertEquals(1, e.issues().size());
        assertEquals(2, e.issues().get(0).post());
        PublishResult r = publish(request.withResume(true).withAcceptChanges(true), PublishRun.StepHook.NONE,
                PublishListener.SILENT);
        assertEquals(2, r.sent());
        assertEquals(4, server.statuses.size());
    }

    @Test
    void theInstanceLimitStopsThePublishBeforeAnythingIsSent() {
        server.maxCharacters = 60;
        PublishException e = assertThrows(PublishException.class, () -> publish(request, PublishRun.StepHook.NONE,
                PublishListener.SILENT));
        assertEquals(PublishException.Reason.PREFLIGHT, e.reason());
        assertFalse(e.issues().isEmpty());
        assertTrue(e.issues().get(0).problem().contains("over the Mastodon limit"), e.issues().get(0).problem());
        assertTrue(server.requests.stream().noneMatch(r -> r.startsWith("POST")), server.requests.toString());
    }

    @Test
    void aRefusedTokenIsALoginProblemThatDoesNotShowTheToken() {
        String wrong = "wrong-token-9d8e7f";
        PublishException e = assertThrows(PublishException.class, () -> PublishFixtures.session(clock,
                PublishRun.StepHook.NONE).publish(request, account(wrong), PublishListener.SILENT));
        assertEquals(PublishException.Reason.LOGIN, e.reason());
        assertFalse(e.getMessage().contains(wrong), e.getMessage());
        assertTrue(e.getMessage().contains("refused the access token"), e.getMessage());
        assertFalse(Files.exists(project.resolve(".tweetorial/publish/precharge-mastodon.json")));
    }

    @Test
    void anUnknownOrUnreachableInstanceIsNamed() {
        Account unknown = new Account(Platform.MASTODON, "default", URI.create("http://no-such-host.invalid"), "",
                FakeMastodon.TOKEN);
        PublishException e = assertThrows(PublishException.class, () -> PublishFixtures.session(clock,
                PublishRun.StepHook.NONE).publish(request, unknown, PublishListener.SILENT));
        assertEquals(PublishException.Reason.UNKNOWN_SERVER, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
    }

    /** Exactly the plan's posts, in order, each replying to the one before, with their alt texts. */
    private void assertThread(PublishPlan plan) {
        List<FakeMastodon.Status> statuses = server.statuses;
        assertEquals(plan.posts().size(), statuses.size(), "statuses on the instance");
        for (int i = 0; i < statuses.size(); i++) {
            PlannedPost p = plan.posts().get(i);
            FakeMastodon.Status s = statuses.get(i);
            assertEquals(p.text(), s.text());
            assertEquals("public", s.visibility());
            assertEquals("fr", s.language());
            assertEquals(1, s.mediaIds().size());
            assertEquals(p.images().get(0).alt(), server.descriptions.get(s.mediaIds().get(0)));
            if (i == 0) {
                assertNull(s.replyTo());
            } else {
                assertEquals(statuses.get(i - 1).id(), s.replyTo());
            }
        }
    }
}
