package org.tweetorial.core.internal.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;

import com.twitter.twittertext.Extractor;

import org.eclipse.jdt.annotation.NonNull;
import org.tweetorial.core.internal.text.EntityExtractor;
import org.tweetorial.core.text.Graphemes;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.LengthCounter;
import org.tweetorial.core.platform.PlatformProfile;

/**
 * Mastodon (StatusLengthValidator): grapheme clusters, after replacing every URL with 23 characters and every
 * {@code @user@domain} mention with {@code @user}. URLs are found as Mastodon does, with twitter-text and only with
 * a protocol.
 */
public record MastodonLengthCounter(@NonNull PlatformProfile profile) implements LengthCounter {

    private static final ThreadLocal<Extractor> URLS = ThreadLocal.withInitial(() -> {
        Extractor e = new Extractor();
        e.setExtractURLWithoutProtocol(false);
        return e;
    });

    @Override
    public Count count(String text) {
        return CountMemo.count(profile, text, this::countUncached);
    }

    /** The count without the memo. */
    public Count countUncached(String text) {
        String countable = countableText(text);
        int length = Graphemes.count(countable);
        boolean valid = !text.isBlank() && length <= profile.maxLength();
        return new Count(profile.platform(), length, profile.maxLength(), valid,
                text.getBytes(StandardCharsets.UTF_8).length, 0);
    }

    String countableText(String text) {
        // Mastodon only links URLs with a protocol; skip the costly extractor when there is none.
        List<Extractor.Entity> urls = text.contains("://") ? URLS.get().extractURLsWithIndices(text) : List.of();
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (Extractor.Entity url : urls) {
            appendMentionsShortened(out, text.substring(last, url.getStart()));
            out.append("x".repeat(profile.urlLength()));
            last = url.getEnd();
        }
        appendMentionsShortened(out, text.substring(last));
        return out.toString();
    }

    private static void appendMentionsShortened(StringBuilder out, String part) {
        if (part.indexOf('@') < 0) {
            out.append(part);
            return;
        }
        Matcher m = EntityExtractor.MASTODON_MENTION.matcher(part);
        int last = 0;
        while (m.find()) {
            out.append(part, last, m.start()).append('@').append(m.group(2));
            last = m.end();
        }
        out.append(part, last, part.length());
    }
}
