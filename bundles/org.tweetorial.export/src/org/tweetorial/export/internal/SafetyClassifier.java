package org.tweetorial.export.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.internal.parse.ConsentMarker;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.export.SafetyCheck;
import org.tweetorial.export.SafetyItem;
import org.tweetorial.export.SafetyItem.Category;

/** Sorts problems into safety items: category, post, whether it blocks under a policy, and what to do. */
public final class SafetyClassifier {

    private SafetyClassifier() {
    }

    public static List<SafetyItem> items(Tweetorial t, List<Problem> problems, SafetyCheck.Policy policy) {
        List<SafetyItem> items = new ArrayList<>();
        for (Problem p : problems) {
            Optional<Category> category = category(p);
            if (category.isEmpty()) {
                continue;
            }
            Optional<Post> post = postAt(t, p.range().startOffset());
            boolean consent = post.map(Post::consent).orElse(false);
            int number = post.map(Post::number).orElse(0);
            boolean blocks = blocks(category.get(), consent, policy);
            items.add(new SafetyItem(category.get(), number, p.range().startLine(), p.range().startColumn(),
                    p.ruleId(), p.message(), action(category.get(), number, consent, blocks), blocks));
        }
        items.sort(Comparator.comparing(SafetyItem::category).thenComparingInt(SafetyItem::line)
                .thenComparingInt(SafetyItem::column));
        return items;
    }

    static Optional<Category> category(Problem p) {
        if (p.ruleId().startsWith("phi-")) {
            return Optional.of(Category.PATIENT_IDENTIFIER);
        }
        return switch (p.ruleId()) {
            case "alt-placeholder" -> Optional.of(Category.PLACEHOLDER_ALT_TEXT);
            case "image-missing" -> Optional.of(Category.MISSING_IMAGE);
            case "credit-missing" -> Optional.of(Category.MISSING_CREDIT);
            default -> p.severity() == Severity.ERROR ? Optional.of(Category.LINT_ERROR) : Optional.empty();
        };
    }

    private static boolean blocks(Category category, boolean consent, SafetyCheck.Policy policy) {
        return switch (category) {
            case PATIENT_IDENTIFIER -> !consent && !policy.allowPatientIdentifiers();
            case PLACEHOLDER_ALT_TEXT, MISSING_IMAGE -> true;
            case LINT_ERROR -> policy.lintErrorsBlock();
            case MISSING_CREDIT -> false;
        };
    }

    private static String action(Category category, int post, boolean consent, boolean blocks) {
        return switch (category) {
            case PATIENT_IDENTIFIER -> consent ? "post " + post + " is marked as shared with the patient's consent"
                    : !blocks ? "exported because patient identifiers are allowed for this export"
                    : "remove it or use made-up details; if the patient consented to sharing, add a line "
                            + ConsentMarker.MARKER + " to " + (post > 0 ? "post " + post : "the post");
            case PLACEHOLDER_ALT_TEXT -> "replace the placeholder with a description of what the image shows";
            case MISSING_IMAGE -> "add the image file or correct its path (relative to the Markdown file)";
            case LINT_ERROR -> blocks ? "fix it: a strict export stops at every error" : "fix it before publishing";
            case MISSING_CREDIT -> "add the credit the message asks for";
        };
    }

    /** The written post holding an offset of the file. */
    private static Optional<Post> postAt(Tweetorial t, int offset) {
        for (Post post : t.posts()) {
            if (!post.generated() && offset >= post.range().startOffset() && offset <= post.range().endOffset()) {
                return Optional.of(post);
            }
        }
        return Optional.empty();
    }
}
