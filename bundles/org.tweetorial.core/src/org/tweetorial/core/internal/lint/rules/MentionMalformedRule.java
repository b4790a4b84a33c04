package org.tweetorial.core.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.platform.Platform;

/**
 * A mention that is no valid handle: X {@code @name} (letters, digits, _; at most 15), Bluesky
 * {@code @name.domain}, Mastodon {@code @name@server}.
 */
public final class MentionMalformedRule implements LintRule {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w@.+\\-/])@(\\S+)");
    private static final Pattern X_NAME = Pattern.compile("[A-Za-z0-9_]{1,15}");
    private static final Pattern LONG_NAME = Pattern.compile("[A-Za-z0-9_]{16,}");
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile("(?:" + LABEL + "\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}"
            + "[A-Za-z0-9])?");
    private static final Pattern FEDIVERSE = Pattern.compile("[A-Za-z0-9_]+(?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?@"
            + DOMAIN.pattern());

    @Override
    public String id() {
        return "mention-malformed";
    }

    @Override
    public String description() {
        return "mention that is not a valid handle";
    }

    /** A finding: [start, end) in the post's Markdown and the message. */
    record Hit(int start, int end, String message) {
    }

    private record Key(String text, boolean x) {
    }

    /** Findings per (masked Markdown, X selected), across runs. */
    private static final TextMemo<Key, List<Hit>> HITS = new TextMemo<>(8_192, 2_000_000,
            k -> k.text().length());

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        boolean x = ctx.platforms().contains(Platform.X);
        for (Post post : ctx.tweetorial().posts()) {
            String text = ctx.maskedMarkdown(post);
            if (text.indexOf('@') < 0) {
                continue;
            }
            for (Hit h : HITS.get(new Key(text, x), k -> find(k.text(), k.x()))) {
                report.accept(new Problem(id(), Severity.WARNING, PostRanges.inPost(ctx, post, h.start(), h.end()),
                        h.message()));
            }
        }
    }

    static List<Hit> find(String text, boolean x) {
        List<Hit> out = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String handle = HashtagMalformedRule.trimEnd(m.group(1));
            String why = problem(handle, x);
            if (why != null) {
                out.add(new Hit(m.start(), m.start() + 1 + handle.length(), "mention '@" + handle + "' " + why));
            }
        }
        return List.copyOf(out);
    }

    private static String problem(String handle, boolean x) {
        if (handle.isEmpty() || X_NAME.matcher(handle).matches() || DOMAIN.matcher(handle).matches()
                || FEDIVERSE.matcher(handle).matches()) {
            return null;
        }
        if (LONG_NAME.matcher(handle).matches()) {
            return x ? "is longer than X's 15 characters for a username" : null;
        }
        return "is not a valid handle (X: @name, Bluesky: @name.bsky.social, Mastodon: @name@server)";
    }
}
