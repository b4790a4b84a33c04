package org.tweetorial.publish.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platforms;
import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PreflightIssue;
import org.tweetorial.publish.PublishPlan;

/**
 * Checks a plan against a platform's limits before anything is sent: each post's text, its image count, type
 * and size, and its alt text. (Patient identifiers, placeholder alt text and missing images were checked by the
 * export's safety check that made the cards.)
 */
public final class Preflight {

    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg");

    private Preflight() {
    }

    public static List<PreflightIssue> check(PublishPlan plan, PlatformLimits limits) {
        List<PreflightIssue> out = new ArrayList<>();
        String file = plan.request().source().getFileName().toString();
        for (PlannedPost post : plan.posts()) {
            String where = file + ":" + post.line();
            text(post, limits, where, out);
            if (post.images().size() > limits.maxImages()) {
                out.add(new PreflightIssue(post.number(), where, post.images().size() + " images, "
                        + limits.platform().displayName() + " takes " + limits.maxImages(), "remove images"));
            }
            for (PlannedImage image : post.images()) {
                image(post, image, limits, where, out);
            }
        }
        return out;
    }

    private static void text(PlannedPost post, PlatformLimits limits, String where, List<PreflightIssue> out) {
        if (post.text().isBlank()) {
            out.add(new PreflightIssue(post.number(), where, "the post has no text", "write the post or remove it"));
            return;
        }
        Count c = Platforms.counter(limits.profile()).count(post.text());
        if (c.over() > 0) {
            out.add(new PreflightIssue(post.number(), where, String.format(Locale.ROOT, "%d over the %s limit"
                    + " (%d of %d %s)", c.over(), limits.platform().displayName(), c.length(), c.limit(),
                    limits.profile().lengthUnit()), "shorten or split the post"));
        } else if (c.bytesOver() > 0) {
            out.add(new PreflightIssue(post.number(), where, String.format(Locale.ROOT, "%d bytes over the %s limit"
                    + " of %d UTF-8 bytes", c.bytesOver(), limits.platform().displayName(), c.byteLimit()),
                    "shorten or split the post"));
        }
    }

    private static void image(PlannedPost post, PlannedImage image, PlatformLimits limits, String where,
            List<PreflightIssue> out) {
        String name = image.file().getFileName().toString();
        if (!TYPES.contains(image.mimeType())) {
            out.add(new PreflightIssue(post.number(), where, name + " is " + image.mimeType() + ", not PNG or JPEG",
                    "export the cards as PNG"));
        }
        if (image.size() > limits.imageBytes()) {
            out.add(new PreflightIssue(post.number(), where, String.format(Locale.ROOT, "%s is %,d bytes, over the"
                    + " limit of %,d", name, image.size(), limits.imageBytes()), "choose a smaller card size"));
        }
        if (image.alt().isBlank()) {
            out.add(new PreflightIssue(post.number(), where, name + " has no alt text",
                    "describe the image in the post ![alt](...) or give the card a heading"));
        } else if (limits.maxAltChars() > 0 && image.alt().codePointCount(0, image.alt().length())
                > limits.maxAltChars()) {
            out.add(new PreflightIssue(post.number(), where, String.format(Locale.ROOT, "the alt text of %s has %d"
                    + " characters, %s takes %d", name, image.alt().codePointCount(0, image.alt().length()),
                    limits.platform().displayName(), limits.maxAltChars()), "shorten the alt text"));
        }
    }
}
