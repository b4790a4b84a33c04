package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;

/** Long threads lose readers; a hint, not an error. */
public final class ThreadTooLongRule implements LintRule {

    static final int MAX_POSTS = 25;

    @Override
    public String id() {
        return "thread-too-long";
    }

    @Override
    public String description() {
        return "thread has more than " + MAX_POSTS + " posts";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        var posts = ctx.tweetorial().posts();
        if (posts.size() > MAX_POSTS) {
            report.accept(new Problem(id(), Severity.INFO, PostRanges.firstLine(ctx, posts.get(MAX_POSTS)),
                    "the thread has " + posts.size() + " posts; readers drop off in long threads, consider "
                            + "splitting it into a series (this is post " + (MAX_POSTS + 1) + ")"));
        }
    }
}
