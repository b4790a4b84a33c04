package org.tweetorial.core.internal.lint.rules;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/** Alt text that only repeats the file name (or a camera name like IMG_1234) describes nothing. */
public final class AltFilenameRule extends ImageRule {

    private static final Pattern CAMERA_NAME = Pattern.compile(
            "(?i)(img|image|dsc|dscn|pxl|photo|pic|picture|screenshot|screen shot|figure|fig)[\\s_\\-.]*\\d*"
                    + "(\\.(png|jpe?g|gif|webp|svg|tiff?))?");
    private static final Pattern HAS_EXTENSION = Pattern.compile("(?i).+\\.(png|jpe?g|gif|webp|svg|tiff?|bmp)");

    @Override
    public String id() {
        return "alt-filename";
    }

    @Override
    public String description() {
        return "alt text is just the file name";
    }

    @Override
    void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report) {
        String alt = image.alt().strip();
        if (alt.isEmpty()) {
            return;
        }
        String file = image.path().replaceFirst("^.*[/\\\\]", "");
        String stem = file.replaceFirst("\\.[^.]*$", "");
        if (same(alt, file) || same(alt, stem) || CAMERA_NAME.matcher(alt).matches()
                || HAS_EXTENSION.matcher(alt).matches() && !alt.contains(" ")) {
            report.accept(new Problem(id(), Severity.WARNING, image.range(), "alt text '" + alt + "' of "
                    + name(image) + " is a file name, not a description; say what the image shows"));
        }
    }

    private static boolean same(String alt, String name) {
        String a = alt.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
        return a.equals(n);
    }
}
