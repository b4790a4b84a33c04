package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;

/** A post with neither text nor images (e.g. two separators in a row). */
public final class PostEmptyRule implements LintRule {

    @Override
    public String id() {
        return "post-empty";
    }

    @Override
    public String description() {
        return "post has no text and no images";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        for (Post post : ctx.tweetorial().posts()) {
            if (post.body().isBlank() && post.images().isEmpty() && !post.generated()) {
                report.accept(new Problem(id(), Severity.ERROR, PostRanges.firstLine(ctx, post), "post "
                        + post.number() + " is empty; write its text or remove the extra --- line"
                        + (post.notes().isEmpty() ? "" : " (it has only teaching notes)")));
            }
        }
    }
}
