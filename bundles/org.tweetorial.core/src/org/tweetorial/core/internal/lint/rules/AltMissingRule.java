package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/** Every image needs a description for screen reader users. */
public final class AltMissingRule extends ImageRule {

    @Override
    public String id() {
        return "alt-missing";
    }

    @Override
    public String description() {
        return "image has no alt text (image description)";
    }

    @Override
    void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report) {
        if (image.alt().isBlank()) {
            report.accept(new Problem(id(), Severity.WARNING, image.range(), name(image)
                    + " has no alt text; describe what it shows: ![description](" + image.path() + ")"));
        }
    }
}
