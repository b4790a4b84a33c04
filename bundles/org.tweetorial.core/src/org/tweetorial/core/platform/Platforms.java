package org.tweetorial.core.platform;

import java.util.EnumMap;
import java.util.Map;

import org.tweetorial.core.internal.platform.BlueskyLengthCounter;
import org.tweetorial.core.internal.platform.CodePointLengthCounter;
import org.tweetorial.core.internal.platform.MastodonLengthCounter;
import org.tweetorial.core.internal.platform.ProfileTable;
import org.tweetorial.core.internal.platform.XLengthCounter;

/** Platform profiles and length counting. */
public final class Platforms {

    private static final Map<Platform, LengthCounter> COUNTERS = new EnumMap<>(Platform.class);

    static {
        for (Platform p : Platform.values()) {
            COUNTERS.put(p, counter(profile(p)));
        }
    }

    private Platforms() {
    }

    public static PlatformProfile profile(Platform platform) {
        return ProfileTable.profile(platform);
    }

    /** The platform's profile, with a Mastodon instance's own limit ({@code max_characters}) for Mastodon. */
    public static PlatformProfile profile(Platform platform, int mastodonLimit) {
        PlatformProfile p = profile(platform);
        return platform == Platform.MASTODON && mastodonLimit != p.maxLength() ? p.withMaxLength(mastodonLimit) : p;
    }

    /** The counter for a platform's default profile. */
    public static LengthCounter counter(Platform platform) {
        return COUNTERS.get(platform);
    }

    /** A counter for a custom profile, e.g. a Mastodon instance with another limit. */
    public static LengthCounter counter(PlatformProfile profile) {
        return switch (profile.platform()) {
            case X -> new XLengthCounter(profile);
            case BLUESKY -> new BlueskyLengthCounter(profile);
            case MASTODON -> new MastodonLengthCounter(profile);
            case THREADS, LINKEDIN -> new CodePointLengthCounter(profile);
        };
    }

    public static Count count(Platform platform, String text) {
        return counter(platform).count(text);
    }

    /** Counts with a Mastodon instance's own limit ({@code max_characters}); other platforms ignore it. */
    public static Count count(Platform platform, String text, int mastodonLimit) {
        PlatformProfile profile = profile(platform, mastodonLimit);
        return profile.maxLength() == profile(platform).maxLength() ? count(platform, text)
                : counter(profile).count(text);
    }

    /**
     * A text as Bluesky shows it: every http(s) link replaced by its short display form (host and the start of the
     * path), as the Bluesky app posts it and as {@link #count} counts it for Bluesky. Publishing sends this text
     * and keeps the full address in a link facet.
     */
    public static String blueskyDisplayText(String text) {
        return BlueskyLengthCounter.shortenLinks(text);
    }

    /**
     * A link found in a Bluesky post (an http(s) address up to the next space) without what Bluesky does not count as
     * part of it: a trailing {@code .,;:!?}, or a {@code )} without a {@code (}.
     */
    public static String blueskyLink(String detected) {
        return BlueskyLengthCounter.trimTrailingPunctuation(detected);
    }
}
