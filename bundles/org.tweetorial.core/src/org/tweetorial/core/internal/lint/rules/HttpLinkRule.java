package org.tweetorial.core.internal.lint.rules;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;

/** Plain http:// links; fix: https://. */
public final class HttpLinkRule implements LintRule {

    private static final Pattern HTTP = Pattern.compile("(?i)\\bhttp://[^\\s)>\\]\"]+");

    @Override
    public String id() {
        return "http-link";
    }

    @Override
    public String description() {
        return "link uses http:// instead of https://";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        for (Post post : ctx.tweetorial().posts()) {
            if (!post.markdown().contains("://")) {
                continue; // every match holds "://"
            }
            Matcher m = HTTP.matcher(LinkNotLinkifiedRule.withoutComments(post.markdown()));
            while (m.find()) {
                int offset = post.range().startOffset() + m.start();
                report.accept(new Problem(id(), Severity.WARNING, PostRanges.inPost(ctx, post, m.start(), m.end()),
                        "plain http:// link '" + m.group() + "'; use https:// (browsers warn about http)",
                        Optional.of(Fix.of("Change http:// to https://", offset, "http://".length(), "https://"))));
            }
        }
    }
}
