package org.tweetorial.core.internal.lint.rules;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;

/** An image over a selected platform's byte limit (X 5 MB, Bluesky 2,000,000 bytes...). */
public final class ImageTooLargeRule extends ImageRule {

    @Override
    public String id() {
        return "image-too-large";
    }

    @Override
    public String description() {
        return "image file is larger than a selected platform accepts";
    }

    @Override
    void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report) {
        Optional<Path> file = ctx.resolveImage(image.path());
        long size = file.map(ctx::fileSize).orElse(-1L);
        if (size < 0) {
            return;
        }
        for (Platform platform : ctx.platforms()) {
            PlatformProfile profile = ctx.profile(platform);
            if (profile.maxImageBytes() > 0 && size > profile.maxImageBytes()) {
                report.accept(new Problem(id(), Severity.ERROR, image.range(), String.format(
                        "%s is %,d bytes, %,d over %s's limit of %,d bytes; export it smaller (JPEG, or fewer "
                                + "pixels)", name(image), size, size - profile.maxImageBytes(),
                        platform.displayName(), profile.maxImageBytes())));
            }
        }
    }
}
