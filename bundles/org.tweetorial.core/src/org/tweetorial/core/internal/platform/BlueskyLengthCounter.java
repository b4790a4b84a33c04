package org.tweetorial.core.internal.platform;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNull;
import org.tweetorial.core.text.Graphemes;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.LengthCounter;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;

/**
 * Bluesky: graphemes and UTF-8 bytes of the text as the app stores it, i.e. after it shortened links
 * (social-app shortenLinks: each detected link replaced by {@link LinkShortener}'s Bluesky form).
 */
public record BlueskyLengthCounter(@NonNull PlatformProfile profile) implements LengthCounter {

    // atproto packages/api/src/rich-text/detection.ts: links start after start/whitespace/"("
    private static final Pattern LINK = Pattern.compile("(?<=^|\\s|\\()https?://\\S+", Pattern.CASE_INSENSITIVE);

    @Override
    public Count count(String text) {
        return CountMemo.count(profile, text, this::countUncached);
    }

    /** The count without the memo. */
    public Count countUncached(String text) {
        String shown = shortenLinks(text);
        int length = Graphemes.count(shown);
        int bytes = shown.getBytes(StandardCharsets.UTF_8).length;
        boolean valid = !shown.isBlank() && length <= profile.maxLength() && bytes <= profile.maxBytes();
        return new Count(profile.platform(), length, profile.maxLength(), valid, bytes, profile.maxBytes());
    }

    /** The text with every http(s) link replaced by its short display form. */
    public static String shortenLinks(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            String url = trimTrailingPunctuation(m.group());
            out.append(text, last, m.start()).append(LinkShortener.shorten(url, Platform.BLUESKY));
            last = m.start() + url.length();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** A detected link without what atproto does not count as part of it (trailing punctuation, a lone ")"). */
    public static String trimTrailingPunctuation(String uri) {
        String u = uri;
        if (!u.isEmpty() && ".,;:!?".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        if (u.endsWith(")") && !u.contains("(")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
