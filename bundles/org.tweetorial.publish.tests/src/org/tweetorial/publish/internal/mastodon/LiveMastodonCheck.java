package org.tweetorial.publish.internal.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PublishFixtures;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.publish.PublishResult;
import org.tweetorial.publish.Publisher;

/**
 * Run by hand, not by the build's tests ({@code ./mvnw verify -Plive -pl bundles/org.tweetorial.publish.tests -am}):
 * publishes the four-post test thread, followers-only, to a real Mastodon account given by
 * {@code TWEETORIAL_LIVE_MASTODON_INSTANCE} and {@code TWEETORIAL_LIVE_MASTODON_TOKEN}, then publishes again and
 * checks nothing new is sent. Without them it fails, saying what to set.
 */
class LiveMastodonCheck {

    @TempDir
    Path project;

    @Test
    void publishesToARealAccount() throws Exception {
        String instance = System.getenv("TWEETORIAL_LIVE_MASTODON_INSTANCE");
        String token = System.getenv("TWEETORIAL_LIVE_MASTODON_TOKEN");
        assertTrue(instance != null && token != null,
                "set TWEETORIAL_LIVE_MASTODON_INSTANCE and TWEETORIAL_LIVE_MASTODON_TOKEN to run it");
        Account account = new Account(Platform.MASTODON, "live", URI.create(instance), "", token);
        PublishRequest request = PublishRequest.of(PublishFixtures.thread(project), Platform.MASTODON)
                .withAccountName("live").withVisibility("private");
        PublishResult result = Publisher.publish(request, account, PublishListener.SILENT);
        assertEquals(4, result.urls().size());
        assertTrue(result.urls().stream().allMatch(u -> u.startsWith("http")), result.urls().toString());
        PublishResult again = Publisher.publish(request, account, PublishListener.SILENT);
        assertEquals(0, again.sent());
    }
}
