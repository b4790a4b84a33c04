package org.tweetorial.core.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.Extractor;

import org.tweetorial.core.text.Entity;

/**
 * Links, hashtags and mentions found by twitter-text's {@link Extractor}, plus Mastodon's {@code @name@server}
 * mentions, which twitter-text does not know (it sees neither a mention nor a link in them).
 */
public final class EntityExtractor {

    /** A Mastodon mention (Mastodon's {@code Account::MENTION_RE}); group 2 is the name, without the server. */
    public static final Pattern MASTODON_MENTION = Pattern.compile(
            "(?<![=/\\w])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@[\\w.-]+\\w+)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The extractor is configured once and then only read, but it is not documented as thread-safe. */
    private static final ThreadLocal<Extractor> EXTRACTOR = ThreadLocal.withInitial(Extractor::new);

    private EntityExtractor() {
    }

    /**
     * The preview, the editor's colouring and the lint rules ask for the entities of every post on each pause in
     * typing, and nearly all posts are unchanged; twitter-text's patterns are the costly part of a preview refresh.
     */
    private static final TextMemo<String, List<Entity>> MEMO = new TextMemo<>(8_192, 2_000_000, String::length);

    public static List<Entity> extract(String text) {
        return MEMO.get(text, EntityExtractor::extractNow);
    }

    private static List<Entity> extractNow(String text) {
        List<Entity> found = new ArrayList<>();
        for (Extractor.Entity e : EXTRACTOR.get().extractEntitiesWithIndices(text)) {
            Entity.Kind kind = kind(e.getType());
            if (kind != null) {
                found.add(new Entity(kind, e.getStart(), e.getEnd(), text.substring(e.getStart(), e.getEnd())));
            }
        }
        if (text.indexOf('@') >= 0) {
            addServerMentions(text, found);
        }
        found.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(found);
    }

    private static Entity.Kind kind(Extractor.Entity.Type type) {
        return switch (type) {
            case URL -> Entity.Kind.URL;
            case HASHTAG -> Entity.Kind.HASHTAG;
            case MENTION -> Entity.Kind.MENTION;
            default -> null;
        };
    }

    /** Adds {@code @name@server} mentions, replacing what twitter-text found inside them. */
    private static void addServerMentions(String text, List<Entity> found) {
        Matcher m = MASTODON_MENTION.matcher(text);
        while (m.find()) {
            if (m.group(1).length() == m.group(2).length()) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            found.removeIf(e -> e.start() < end && start < e.end());
            found.add(new Entity(Entity.Kind.MENTION, start, end, m.group()));
        }
    }
}
