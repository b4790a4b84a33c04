package org.tweetorial.core.platform;

import java.util.List;
import java.util.Map;

/**
 * The posting rules of one platform, as data. A limit of 0 means the platform publishes no such limit we rely on.
 * {@link #sources()} names, for each field, where the number comes from.
 *
 * @param maxLength      the post length limit in {@link #lengthUnit()} units
 * @param lengthUnit     how length is counted, for people
 * @param urlLength      what each URL counts, -1 when URLs count as written (or shortened, see lengthUnit)
 * @param maxBytes       UTF-8 byte limit of a post's text, 0 if none
 * @param maxImages      images per post
 * @param maxImageBytes  bytes per image, 0 if unknown
 * @param maxAltLength   alt text characters, 0 if unknown
 * @param imageTypes     accepted image file types (lower-case extensions)
 */
public record PlatformProfile(Platform platform, int maxLength, String lengthUnit, int urlLength, int maxBytes,
        int maxImages, long maxImageBytes, int maxAltLength, List<String> imageTypes, Map<String, String> sources) {

    public PlatformProfile {
        imageTypes = List.copyOf(imageTypes);
        sources = Map.copyOf(sources);
    }

    /** The same profile with another length limit (a Mastodon instance's {@code max_characters}). */
    public PlatformProfile withMaxLength(int limit) {
        return new PlatformProfile(platform, limit, lengthUnit, urlLength, maxBytes, maxImages, maxImageBytes,
                maxAltLength, imageTypes, sources);
    }
}
