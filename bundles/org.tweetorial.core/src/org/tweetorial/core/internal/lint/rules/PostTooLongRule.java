package org.tweetorial.core.internal.lint.rules;

import java.util.Optional;
import java.util.function.Consumer;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;

/** A post over a selected platform's length (or byte) limit, per platform, with a fix that splits it. */
public final class PostTooLongRule implements LintRule {

    @Override
    public String id() {
        return "post-too-long";
    }

    @Override
    public String description() {
        return "post is longer than a selected platform allows (numbering and hashtags included)";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        for (Post post : ctx.tweetorial().posts()) {
            Optional<Fix> fix = null;
            for (Platform platform : ctx.platforms()) {
                Count count = ctx.count(post, platform);
                if (count.fits()) {
                    continue;
                }
                if (fix == null) {
                    fix = post.generated() ? Optional.empty() : SplitFixer.fix(ctx, post);
                }
                report.accept(new Problem(id(), Severity.ERROR, PostRanges.firstLine(ctx, post),
                        message(post, count), fix));
            }
        }
    }

    private static String message(Post post, Count count) {
        String name = count.platform().displayName();
        String what = post.generated() ? "the generated references post " + post.number() : "post " + post.number();
        if (count.over() > 0) {
            return what + " is " + count.over() + " over " + name + "'s limit (" + count.length() + "/"
                    + count.limit() + ")" + (post.generated() ? "; shorten the footnotes" : "");
        }
        return what + " is " + count.bytesOver() + " bytes over " + name + "'s limit of " + count.byteLimit()
                + " UTF-8 bytes";
    }
}
