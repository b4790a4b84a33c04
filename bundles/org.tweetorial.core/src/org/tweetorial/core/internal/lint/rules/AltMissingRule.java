package org.tweetorial.core.internal.lint.rules;

import java.util.Optional;
import java.util.function.Consumer;

import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/**
 * Every image needs a description for screen reader users. The fix inserts a placeholder for the author to
 * replace; until then {@code alt-placeholder} reports it as an error, so it is never published.
 */
public final class AltMissingRule extends ImageRule {

    /** The alt text the fix inserts. */
    public static final String PLACEHOLDER = "TODO describe the image for people who cannot see it";

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
                    + " has no alt text; describe what it shows: ![description](" + image.path() + ")",
                    placeholderFix(ctx.tweetorial().text(), image)));
        }
    }

    private static Optional<Fix> placeholderFix(String text, ImageRef image) {
        int start = image.range().startOffset();
        if (start < 0 || !text.startsWith("![", start)) {
            return Optional.empty();
        }
        int close = text.indexOf(']', start + 2);
        if (close < 0) {
            return Optional.empty();
        }
        return Optional.of(Fix.of("Insert a TODO alt text placeholder to fill in", start + 2, close - start - 2,
                PLACEHOLDER));
    }
}
