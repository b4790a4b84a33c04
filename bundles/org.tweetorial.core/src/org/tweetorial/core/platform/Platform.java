package org.tweetorial.core.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The platforms a thread can be published on. */
public enum Platform {
    X("X"), BLUESKY("Bluesky"), MASTODON("Mastodon"), THREADS("Threads"), LINKEDIN("LinkedIn");

    private final String displayName;

    Platform(String displayName) {
        this.displayName = displayName;
    }

    /** The id used in front matter and on the command line, e.g. {@code bluesky}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Platform> byId(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        if (key.equals("twitter")) {
            return Optional.of(X);
        }
        return Arrays.stream(values()).filter(p -> p.id().equals(key)).findFirst();
    }

    public static String idList() {
        return Arrays.stream(values()).map(Platform::id).collect(Collectors.joining(", "));
    }
}
