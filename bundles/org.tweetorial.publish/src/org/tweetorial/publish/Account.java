package org.tweetorial.publish;

import java.net.URI;
import java.util.Objects;

import org.tweetorial.core.platform.Platform;

/**
 * Where and as whom to publish. The secret is only sent to {@code server}; {@link #toString()} never shows it.
 *
 * @param platform   Bluesky or Mastodon
 * @param name       the account's name for the journal and messages, e.g. {@code default}
 * @param server     Bluesky: the PDS (e.g. {@code https://bsky.social}); Mastodon: the instance
 * @param identifier Bluesky: handle or DID; Mastodon: empty (the token says who)
 * @param secret     Bluesky: an app password; Mastodon: an access token with {@code write:statuses write:media}
 */
public record Account(Platform platform, String name, URI server, String identifier, String secret) {

    /** The Bluesky service most accounts live on. */
    public static final URI BLUESKY_DEFAULT_SERVER = URI.create("https://bsky.social");

    public Account {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(secret, "secret");
        if (platform != Platform.BLUESKY && platform != Platform.MASTODON) {
            throw new IllegalArgumentException("publishing supports bluesky and mastodon, not " + platform.id());
        }
    }

    @Override
    public String toString() {
        return "Account[" + platform.id() + " " + name + " " + identifier + " at " + server + ", secret hidden]";
    }
}
