package org.tweetorial.core.internal.lint.rules;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/** The image file must exist next to the Markdown (remote images cannot be attached). */
public final class ImageMissingRule extends ImageRule {

    @Override
    public String id() {
        return "image-missing";
    }

    @Override
    public String description() {
        return "image file does not exist (paths are relative to the Markdown file)";
    }

    @Override
    void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report) {
        Optional<Path> file = ctx.resolveImage(image.path());
        if (file.isEmpty()) {
            report.accept(new Problem(id(), Severity.ERROR, image.range(), name(image)
                    + " is not a local file; download it next to the Markdown file and use a relative path"));
        } else if (ctx.fileSize(file.get()) < 0) {
            report.accept(new Problem(id(), Severity.ERROR, image.range(), name(image) + " not found (looked for "
                    + file.get() + ")"));
        }
    }
}
