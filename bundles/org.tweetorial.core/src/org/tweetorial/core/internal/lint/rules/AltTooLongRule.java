package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.PlatformProfile;

/** Alt text over a platform's limit (X 1000, Mastodon 1500, Bluesky 2000 characters). */
public final class AltTooLongRule extends ImageRule {

    @Override
    public String id() {
        return "alt-too-long";
    }

    @Override
    public String description() {
        return "alt text is longer than a selected platform accepts";
    }

    @Override
    void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report) {
        int length = image.alt().codePointCount(0, image.alt().length());
        for (Platform platform : ctx.platforms()) {
            PlatformProfile profile = ctx.profile(platform);
            if (profile.maxAltLength() > 0 && length > profile.maxAltLength()) {
                report.accept(new Problem(id(), Severity.ERROR, image.range(), "alt text of " + name(image)
                        + " is " + length + " characters, " + (length - profile.maxAltLength()) + " over "
                        + platform.displayName() + "'s limit of " + profile.maxAltLength()
                        + "; put the details in the post or a teaching note"));
            }
        }
    }
}
