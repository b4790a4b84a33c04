package org.tweetorial.publish.internal.plan;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;
import org.tweetorial.core.platform.Platforms;

/**
 * The limits a publish checks against: the platform's profile (core), with what the server itself announces where
 * it does (a Mastodon instance's {@code /api/v2/instance}).
 *
 * @param profile     the platform profile, with the instance's text limit for Mastodon
 * @param imageBytes  the largest image sent; cards over it are re-encoded
 * @param maxImages   images per post
 * @param maxAltChars alt text characters
 */
public record PlatformLimits(PlatformProfile profile, long imageBytes, int maxImages, int maxAltChars) {

    /**
     * Bluesky's schema allows 2,000,000 bytes per image since 2025, but older servers and clients assume
     * 1,000,000 (the schema's former limit): cards are sent within the older one.
     */
    public static final long BLUESKY_SAFE_IMAGE_BYTES = 1_000_000;

    /** The limits known without asking the server. */
    public static PlatformLimits defaults(Platform platform, int mastodonLimit) {
        PlatformProfile p = Platforms.profile(platform, mastodonLimit);
        long bytes = platform == Platform.BLUESKY ? Math.min(BLUESKY_SAFE_IMAGE_BYTES, p.maxImageBytes())
                : p.maxImageBytes();
        return new PlatformLimits(p, bytes, p.maxImages(), p.maxAltLength());
    }

    public Platform platform() {
        return profile.platform();
    }
}
