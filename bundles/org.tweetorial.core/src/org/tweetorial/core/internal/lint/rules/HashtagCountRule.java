package org.tweetorial.core.internal.lint.rules;

import java.util.List;
import java.util.function.Consumer;

import com.twitter.twittertext.Extractor;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;

/** More than 3 hashtags in a post reads as spam and costs characters (added front matter tags included). */
public final class HashtagCountRule implements LintRule {

    static final int MAX = 3;
    private static final ThreadLocal<Extractor> EXTRACTOR = ThreadLocal.withInitial(Extractor::new);
    /** Hashtags per posted text, across runs (twitter-text's hashtag extraction also runs its URL scan). */
    private static final TextMemo<String, List<String>> HASHTAGS = new TextMemo<>(8_192, 2_000_000,
            String::length);

    @Override
    public String id() {
        return "hashtag-count";
    }

    @Override
    public String description() {
        return "post has more than " + MAX + " hashtags";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        for (Post post : ctx.tweetorial().posts()) {
            if (post.postedText().indexOf('#') < 0 && post.postedText().indexOf('＃') < 0) {
                continue;
            }
            List<String> tags = hashtags(post.postedText());
            if (tags.size() > MAX) {
                report.accept(new Problem(id(), Severity.WARNING, PostRanges.firstLine(ctx, post), "post "
                        + post.number() + " has " + tags.size() + " hashtags (#" + String.join(" #", tags)
                        + "); keep to " + MAX + " or fewer"));
            }
        }
    }

    /** twitter-text's hashtags of a text (memoized). */
    static List<String> hashtags(String text) {
        return HASHTAGS.get(text, t -> List.copyOf(EXTRACTOR.get().extractHashtags(t)));
    }
}
