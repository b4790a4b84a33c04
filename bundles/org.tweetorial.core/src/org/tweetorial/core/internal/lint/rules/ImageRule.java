package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/** Base of rules that look at each image of each post. */
abstract class ImageRule implements LintRule {

    @Override
    public final void check(LintContext ctx, Consumer<Problem> report) {
        for (Post post : ctx.tweetorial().posts()) {
            for (int i = 0; i < post.images().size(); i++) {
                check(ctx, post, i, post.images().get(i), report);
            }
        }
    }

    abstract void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report);

    static String name(ImageRef image) {
        return "image '" + image.path() + "'";
    }
}
