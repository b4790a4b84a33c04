package org.tweetorial.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.internal.http.Waiter;
import org.tweetorial.publish.internal.run.PublishRun;
import org.tweetorial.publish.internal.run.PublishSession;

/** A small thread to publish, and a clock that only moves when the publisher "sleeps". */
public final class PublishFixtures {

    /** The first post: emoji and accented text before a link, and a hashtag after it. */
    public static final String FIRST_BODY = "Café ☕ et cœur 🫀 : lisez"
            + " https://example.org/frank-starling-law-explained avant la suite. #MedEd";

    private PublishFixtures() {
    }

    /** Writes a four-post thread (French, one card per post) into {@code dir} and returns the file. */
    public static Path thread(Path dir) throws IOException {
        String md = """
                ---
                title: "Précharge en quatre posts"
                platforms: [bluesky, mastodon]
                language: fr
                ---
                # Le cœur et la précharge

                %s

                ---

                ## Qui l'a relu ?

                Merci @bob.test pour la relecture, et à #Physiology pour le reste.

                ---

                ## La loi en une ligne

                Plus le ventricule est rempli en diastole, plus il se contracte fort.

                ---

                ## Fin

                Questions bienvenues, en réponse à ce fil.
                """.formatted(FIRST_BODY);
        Path file = dir.resolve("precharge.md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return file;
    }

    /** A clock that stands still until {@link #advance} (the waiter's sleeper advances it). */
    public static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        public synchronized void advance(java.time.Duration d) {
            now = now.plus(d);
        }
    }

    /** A waiter that never sleeps: it moves the clock. */
    public static Waiter waiter(ManualClock clock) {
        return new Waiter(clock, clock::advance);
    }

    /** A session on the manual clock with a step hook. */
    public static PublishSession session(ManualClock clock, PublishRun.StepHook hook) {
        return new PublishSession(waiter(clock), hook);
    }

    public static PublishRequest request(Path source, Platform platform) {
        return PublishRequest.of(source, platform);
    }
}
