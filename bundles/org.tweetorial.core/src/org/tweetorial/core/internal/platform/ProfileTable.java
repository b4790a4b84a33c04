package org.tweetorial.core.internal.platform;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;

/**
 * The platform rules, one row per platform, each number with its source beside it. Update numbers here only
 * (and their source), never in the counters or rules.
 */
public final class ProfileTable {

    private static final String TWITTER_TEXT = "twitter/twitter-text config/v3.json (twitter-text 3.1.0)";
    private static final String X_MEDIA = "X developer docs, media best practices (JPG, PNG, GIF, WEBP; 5 MB)";
    private static final String BSKY_POST = "bluesky-social/atproto lexicons/app/bsky/feed/post.json";
    private static final String BSKY_IMAGES = "bluesky-social/atproto lexicons/app/bsky/embed/images.json";
    private static final String BSKY_APP = "bluesky-social/social-app src/lib/strings/rich-text-manip.ts, "
            + "src/lib/constants.ts";
    private static final String MASTO_POSTING = "mastodon/documentation content/en/user/posting.md";
    private static final String MASTO_INSTANCE = "mastodon/documentation content/en/entities/Instance.md";

    private static final List<String> COMMON_TYPES = List.of("png", "jpg", "jpeg", "gif", "webp");

    private static final Map<Platform, PlatformProfile> PROFILES = new EnumMap<>(Platform.class);

    static {
        put(new PlatformProfile(Platform.X,
                280, "twitter-text weighted length (most CJK and emoji weigh 2)",
                23, 0,
                4, 5L * 1024 * 1024, 1000, COMMON_TYPES,
                Map.of("maxLength", TWITTER_TEXT + ": maxWeightedTweetLength 280, scale 100, default weight 200",
                        "urlLength", TWITTER_TEXT + ": transformedURLLength 23",
                        "maxImages", X_MEDIA + ": up to 4 images",
                        "maxImageBytes", X_MEDIA + ": images up to 5 MB",
                        "maxAltLength", "X help: image descriptions up to 1000 characters")));
        put(new PlatformProfile(Platform.BLUESKY,
                300, "graphemes; links shown as host + 13 chars of path + \"...\"",
                -1, 3000,
                4, 2_000_000, 2000, COMMON_TYPES,
                Map.of("maxLength", BSKY_POST + ": text maxGraphemes 300",
                        "maxBytes", BSKY_POST + ": text maxLength 3000 (UTF-8 bytes)",
                        "urlLength", BSKY_APP + ": toShortUrl/shortenLinks",
                        "maxImages", BSKY_IMAGES + ": images maxLength 4",
                        "maxImageBytes", BSKY_IMAGES + ": image maxSize 2000000",
                        "maxAltLength", BSKY_APP + ": MAX_ALT_TEXT 2000")));
        put(new PlatformProfile(Platform.MASTODON,
                500, "graphemes; each URL 23; @user@domain counts as @user",
                23, 0,
                4, 16L * 1024 * 1024, 1500, COMMON_TYPES,
                Map.of("maxLength", MASTO_POSTING + "; " + MASTO_INSTANCE
                                + ": configuration.statuses.max_characters (default 500)",
                        "urlLength", MASTO_INSTANCE + ": characters_reserved_per_url 23",
                        "maxImages", MASTO_INSTANCE + ": max_media_attachments 4",
                        "maxImageBytes", MASTO_INSTANCE + ": media_attachments.image_size_limit (default 16 MB)",
                        "maxAltLength", MASTO_POSTING + ": media descriptions up to 1500 characters")));
        put(new PlatformProfile(Platform.THREADS,
                500, "characters (Unicode code points; Meta publishes no counting rule)",
                -1, 0,
                0, 0, 0, COMMON_TYPES,
                Map.of("maxLength", "Threads help center: 500 characters per text post")));
        put(new PlatformProfile(Platform.LINKEDIN,
                3000, "characters (Unicode code points)",
                -1, 0,
                0, 0, 0, COMMON_TYPES,
                Map.of("maxLength", "LinkedIn help: posts up to 3000 characters")));
    }

    private ProfileTable() {
    }

    private static void put(PlatformProfile profile) {
        PROFILES.put(profile.platform(), profile);
    }

    public static PlatformProfile profile(Platform platform) {
        return PROFILES.get(platform);
    }
}
