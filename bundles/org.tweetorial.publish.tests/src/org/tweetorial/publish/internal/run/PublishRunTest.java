package org.tweetorial.publish.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishFixtures;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishResult;
import org.tweetorial.publish.internal.journal.Journal;
import org.tweetorial.publish.internal.journal.PostState;

/** The publish steps with the journal: a crash at every step, then a resume, gives every post exactly once. */
class PublishRunTest {

    @TempDir
    static Path project;
    private static PublishPlan plan;

    @TempDir
    Path journals;

    @BeforeAll
    static void planThread() throws Exception {
        Path source = PublishFixtures.thread(project);
        plan = PublishFixtures.session(new PublishFixtures.ManualClock(), PublishRun.StepHook.NONE)
                .plan(PublishFixtures.request(source, Platform.BLUESKY));
    }

    private Journal journal(String name) {
        return new Journal(journals.resolve(name + ".json"), "precharge.md", "bluesky", "alice.test", "memory:");
    }

    @Test
    void everyPostHasFourStepsAndIsPublishedInOrder() throws Exception {
        FakePoster server = new FakePoster();
        List<String> steps = new ArrayList<>();
        PublishResult result = new PublishRun(plan, server, journal("clean"), PublishListener.SILENT, steps::add)
                .run();
        assertEquals(4, plan.posts().size());
        assertEquals(4 * 4, steps.size(), steps.toString());
        assertEquals("post 1: upload image 1", steps.get(0));
        assertEquals(4, result.sent());
        assertChain(server);
        Journal saved = Journal.load(journals.resolve("clean.json")).orElseThrow();
        assertEquals(4, saved.published());
        assertTrue(saved.posts.stream().allMatch(p -> p.url.startsWith("https://example.test/")));
    }

    @Test
    void killedAtEveryStepThenResumedPublishesEachPostExactlyOnce() throws Exception {
        int steps = 16;
        for (int k = 1; k <= steps; k++) {
            FakePoster server = new FakePoster();
            int killAt = k;
            int[] seen = {0};
            PublishRun.StepHook crash = step -> {
                if (++seen[0] == killAt) {
                    throw new PublishException(PublishException.Reason.CONNECTION_LOST, "killed at " + step);
                }
            };
            assertThrows(PublishException.class, () -> new PublishRun(plan, server, journal("k" + killAt),
                    PublishListener.SILENT, crash).run(), "step " + k);
            // A new process: the journal as it was written before the crash.
            Journal reloaded = Journal.load(journals.resolve("k" + k + ".json")).orElseGet(() -> journal("k" + killAt));
            PublishResult result = new PublishRun(plan, server, reloaded, PublishListener.SILENT,
                    PublishRun.StepHook.NONE).run();
            assertEquals(4, result.urls().size(), "step " + k);
            assertChain(server);
            assertEquals(4, result.sent() + result.skipped(), "step " + k);
        }
    }

    @Test
    void aPostSentButNotJournalledIsFoundNotResent() throws Exception {
        FakePoster server = new FakePoster();
        PublishRun.StepHook crash = step -> {
            if (step.equals("post 2: sent")) {
                throw new PublishException(PublishException.Reason.CONNECTION_LOST, "killed");
            }
        };
        assertThrows(PublishException.class, () -> new PublishRun(plan, server, journal("sent"),
                PublishListener.SILENT, crash).run());
        Journal j = Journal.load(journals.resolve("sent.json")).orElseThrow();
        assertEquals(PostState.SENDING, j.find(2).orElseThrow().state);
        assertNull(j.find(2).orElseThrow().url);
        assertEquals(2, server.posts.size());
        PublishResult result = new PublishRun(plan, server, j, PublishListener.SILENT, PublishRun.StepHook.NONE).run();
        assertEquals(2, result.sent());
        assertEquals(2, result.skipped());
        assertChain(server);
    }

    @Test
    void aChangedPublishedPostIsReported() throws Exception {
        FakePoster server = new FakePoster();
        Journal j = journal("changed");
        new PublishRun(plan, server, j, PublishListener.SILENT, PublishRun.StepHook.NONE).run();
        assertTrue(PublishRun.changes(plan, j).isEmpty());
        List<PlannedPost> edited = new ArrayList<>(plan.posts());
        PlannedPost second = edited.get(1);
        edited.set(1, new PlannedPost(2, second.text() + " (edited)", second.images(), 1, second.line()));
        PublishPlan changed = new PublishPlan(plan.request(), plan.language(), edited, plan.journal(), plan.cards());
        var changes = PublishRun.changes(changed, j);
        assertEquals(1, changes.size());
        assertEquals(2, changes.get(0).post());
        assertTrue(changes.get(0).problem().contains("differs from what was published"), changes.get(0).problem());
    }

    @Test
    void cancelStopsBetweenPostsAndResumes() throws Exception {
        FakePoster server = new FakePoster();
        PublishListener cancelAfterTwo = new PublishListener() {
            private int published;

            @Override
            public void published(int post, int total, String url) {
                published++;
            }

            @Override
            public boolean cancelled() {
                return published >= 2;
            }
        };
        PublishException e = assertThrows(PublishException.class, () -> new PublishRun(plan, server,
                journal("cancel"), cancelAfterTwo, PublishRun.StepHook.NONE).run());
        assertEquals(PublishException.Reason.CANCELLED, e.reason());
        assertTrue(e.resumable());
        assertEquals(2, server.posts.size());
        Journal j = Journal.load(journals.resolve("cancel.json")).orElseThrow();
        new PublishRun(plan, server, j, PublishListener.SILENT, PublishRun.StepHook.NONE).run();
        assertChain(server);
    }

    /** Exactly the plan's posts, in order, each replying to the one before. */
    private static void assertChain(FakePoster server) {
        List<FakePoster.Stored> posts = new ArrayList<>(server.posts.values());
        assertEquals(plan.posts().size(), posts.size(), "posts on the server");
        for (int i = 0; i < posts.size(); i++) {
            assertEquals(plan.posts().get(i).text(), posts.get(i).text());
            assertEquals(1, posts.get(i).media().size());
            if (i == 0) {
                assertNull(posts.get(i).parentId());
            } else {
                assertEquals("id:" + posts.get(i - 1).key(), posts.get(i).parentId());
            }
        }
        assertFalse(posts.stream().map(FakePoster.Stored::text).distinct().count() < posts.size(), "a post twice");
    }
}
