package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Block;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/** Images need a credit (the Markdown image title) and quotes an attribution ("— Name" as the last line). */
public final class CreditMissingRule implements LintRule {

    @Override
    public String id() {
        return "credit-missing";
    }

    @Override
    public String description() {
        return "image without credit or quote without attribution";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        for (Post post : ctx.tweetorial().posts()) {
            for (ImageRef image : post.images()) {
                if (image.credit().isEmpty()) {
                    report.accept(new Problem(id(), Severity.WARNING, image.range(), "image '" + image.path()
                            + "' has no credit; add it as the title: ![" + shorten(image.alt()) + "]("
                            + image.path() + " \"Credit: ...\")"));
                }
            }
            for (Block block : post.blocks()) {
                if (block instanceof Block.Quote q && q.attribution().isEmpty()) {
                    report.accept(new Problem(id(), Severity.WARNING, PostRanges.firstLine(ctx, post), "quote '"
                            + shorten(q.text()) + "' has no attribution; end it with a line \"> — Name, source\""));
                }
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
