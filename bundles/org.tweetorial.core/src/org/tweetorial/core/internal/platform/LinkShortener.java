package org.tweetorial.core.internal.platform;

import java.util.Locale;

import org.tweetorial.core.platform.Platform;

/**
 * How each platform writes a link in a timeline. The counted length does not change (X and Mastodon count every
 * link as 23); only what the reader sees does:
 * <ul>
 * <li>X: scheme and {@code www.} dropped, cut after 25 characters with an ellipsis (the API's {@code display_url});
 * <li>Bluesky: scheme dropped, a path longer than 15 characters cut to 13 and {@code ...} (the app's short URL);
 * <li>Mastodon: scheme and {@code www.} hidden, the first 30 characters shown, then an ellipsis;
 * <li>Threads: host and the start of the path, cut after 30 characters;
 * <li>LinkedIn: a long link becomes an {@code lnkd.in} short link when posted.
 * </ul>
 */
public final class LinkShortener {

    private static final String ELLIPSIS = "\u2026";

    private LinkShortener() {
    }

    public static String shorten(String url, Platform platform) {
        String bare = withoutScheme(url);
        return switch (platform) {
            case X -> cut(withoutWww(bare), 25, ELLIPSIS);
            case BLUESKY -> bluesky(bare);
            case MASTODON -> cut(withoutWww(bare), 30, ELLIPSIS);
            case THREADS -> cut(withoutWww(bare), 30, ELLIPSIS);
            case LINKEDIN -> bare.length() > 26 ? "lnkd.in/\u2026" : bare;
        };
    }

    private static String bluesky(String bare) {
        int slash = bare.indexOf('/');
        if (slash < 0) {
            return bare;
        }
        String host = bare.substring(0, slash);
        String path = bare.substring(slash).equals("/") ? "" : bare.substring(slash);
        return path.length() > 15 ? host + path.substring(0, 13) + "..." : host + path;
    }

    private static String withoutScheme(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            return url.substring(8);
        }
        return lower.startsWith("http://") ? url.substring(7) : url;
    }

    private static String withoutWww(String bare) {
        return bare.regionMatches(true, 0, "www.", 0, 4) ? bare.substring(4) : bare;
    }

    private static String cut(String text, int max, String mark) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + mark;
    }
}
