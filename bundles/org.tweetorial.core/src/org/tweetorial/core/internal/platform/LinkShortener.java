package org.tweetorial.core.internal.platform;

import java.util.Locale;

import org.tweetorial.core.platform.Platform;

/**
 * How each platform writes a link in a timeline. The counted length does not change (X and Mastodon count every
 * link as 23); only what the reader sees does:
 * <ul>
 * <li>X: scheme and {@code www.} dropped, cut after 25 characters with an ellipsis (the API's {@code display_url});
 * <li>Bluesky: the app's short URL (social-app {@code toShortUrl}): lower-case host without user info or default
 * port, then the path, cut to 13 characters and {@code ...} when longer than 15; a link without a scheme is not a
 * link to Bluesky and stays as written. {@link BlueskyLengthCounter} counts this form and
 * {@code Platforms.blueskyDisplayText} posts it: there is no other copy of this rule;
 * <li>Mastodon: scheme and {@code www.} hidden, the first 30 characters shown, then an ellipsis;
 * <li>Threads: host and the start of the path, cut after 30 characters;
 * <li>LinkedIn: a long link becomes an {@code lnkd.in} short link when posted.
 * </ul>
 */
public final class LinkShortener {

    private static final String ELLIPSIS = "\u2026";
    private static final int BLUESKY_PATH_KEEP = 13;
    private static final int BLUESKY_PATH_MAX = 15;

    private LinkShortener() {
    }

    /** How {@code platform} shows the link {@code url} (as detected, trailing punctuation already left out). */
    public static String shorten(String url, Platform platform) {
        String bare = withoutScheme(url);
        return switch (platform) {
            case X -> cut(withoutWww(bare), 25, ELLIPSIS);
            case BLUESKY -> blueskyShortUrl(url);
            case MASTODON -> cut(withoutWww(bare), 30, ELLIPSIS);
            case THREADS -> cut(withoutWww(bare), 30, ELLIPSIS);
            case LINKEDIN -> bare.length() > 26 ? "lnkd.in/\u2026" : bare;
        };
    }

    private static String blueskyShortUrl(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return url;
        }
        String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = url.substring(schemeEnd + 3);
        int authorityEnd = firstOf(rest, "/?#");
        String host = blueskyHost(rest.substring(0, authorityEnd), scheme);
        if (host.isEmpty()) {
            return url;
        }
        String path = rest.substring(authorityEnd);
        if (path.startsWith("/") && (path.length() == 1 || "?#".indexOf(path.charAt(1)) >= 0)) {
            path = path.substring(1);
        }
        return path.length() > BLUESKY_PATH_MAX ? host + path.substring(0, BLUESKY_PATH_KEEP) + "..." : host + path;
    }

    private static String blueskyHost(String authority, String scheme) {
        String host = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        String defaultPort = scheme.equals("https") ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
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
