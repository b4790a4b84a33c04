package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Block;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/**
 * Images need a credit (the Markdown image title) and quotes an attribution ("— Name" as the last line). A
 * placeholder credit ("Credit: TODO ...", "Credit: ...", as imports write) counts as missing.
 */
public final class CreditMissingRule implements LintRule {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(?:credit\\s*:\\s*)?(?:(?:todo|tbd|fixme|xxx+)\\b.*|\\.{3}|…|\\?+)");

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
                if (image.credit().filter(CreditMissingRule::isPlaceholder).isPresent()) {
                    report.accept(new Problem(id(), Severity.WARNING, image.range(), "image '" + image.path()
                            + "' has the placeholder credit '" + image.credit().orElse("").strip() + "'; replace it with the "
                            + "image's source and licence, e.g. \"Credit: A. Author, CC BY 4.0\""));
                } else if (image.credit().isEmpty()) {
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

    /** Whether a credit is a placeholder to fill in: "TODO ...", "...", "?", with or without "Credit:". */
    static boolean isPlaceholder(String credit) {
        return PLACEHOLDER.matcher(credit.strip()).matches();
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
