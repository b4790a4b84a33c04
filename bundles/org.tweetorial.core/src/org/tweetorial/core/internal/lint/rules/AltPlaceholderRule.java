package org.tweetorial.core.internal.lint.rules;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;

/**
 * Alt text that is a placeholder (the one the alt-missing fix inserts, "TODO ...", "alt text", "image",
 * "[describe]"...) is an error: it would be published as the image's description, so it must never silence
 * {@code alt-missing}.
 */
public final class AltPlaceholderRule extends ImageRule {

    private static final Pattern TODO_WORD = Pattern.compile("(todo|tbd|tba|fixme|xxx+|placeholder)\\b.*");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\p{Z}\\s…]+|[\\p{Punct}\\p{Z}\\s…]+$");
    private static final Set<String> PLACEHOLDERS = Set.of("alt", "alt text", "alt-text", "alttext", "image alt",
            "image", "img", "picture", "pic", "photo", "figure", "fig", "graphic", "screenshot", "describe",
            "describe image", "describe the image", "description", "image description", "description here",
            "alt text here", "add alt text", "insert alt text", "add description", "insert description");

    @Override
    public String id() {
        return "alt-placeholder";
    }

    @Override
    public String description() {
        return "image alt text is a placeholder (TODO, \"alt text\", \"image\"...)";
    }

    @Override
    void check(LintContext ctx, Post post, int index, ImageRef image, Consumer<Problem> report) {
        if (isPlaceholder(image.alt())) {
            report.accept(new Problem(id(), Severity.ERROR, image.range(), name(image) + " has the placeholder "
                    + "alt text '" + image.alt().strip() + "'; replace it with a description of what the image "
                    + "shows (it would be published as is)"));
        }
    }

    /** Whether an alt text is a placeholder rather than a description; blank alt text is alt-missing's. */
    public static boolean isPlaceholder(String alt) {
        if (alt.isBlank()) {
            return false;
        }
        String core = EDGES.matcher(alt.strip().toLowerCase(Locale.ROOT)).replaceAll("").replaceAll("\\s+", " ");
        return core.isEmpty() || PLACEHOLDERS.contains(core) || TODO_WORD.matcher(core).matches();
    }
}
