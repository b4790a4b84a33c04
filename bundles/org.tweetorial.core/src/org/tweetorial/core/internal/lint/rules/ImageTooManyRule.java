package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/** At most 4 images per post (the format's limit, and X's, Bluesky's and Mastodon's). */
public final class ImageTooManyRule extends ImageRule {

    static final int MAX_IMAGES = 4;

    @Override
    public String id() {
        return "image-too-many";
    }

    @Override
    public String description() {
        return "post has more than " + MAX_IMAGES + " images";
    }

    @Override
    void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report) {
        if (index == MAX_IMAGES) {
            report.accept(new Problem(id(), Severity.ERROR, image.range(), "post " + post.number() + " has "
                    + post.images().size() + " images; at most " + MAX_IMAGES
                    + " can be attached, move the rest to another post"));
        }
    }
}
