package org.tweetorial.ui.internal.problems;

import java.util.Optional;

import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.Problem;

/**
 * The fix of a problem: the core's own preferred fix (for a patient identifier: its redaction), or one the workbench
 * adds for rules whose fix needs the author's words (an alt text placeholder).
 */
public final class QuickFixes {

    private static final String ALT_PLACEHOLDER = "TODO describe the image for people who cannot see it";

    private QuickFixes() {
    }

    public static Optional<Fix> fixFor(Problem problem, String text) {
        if (problem.fix().isPresent()) {
            return problem.fix();
        }
        if (problem.ruleId().equals("alt-missing")) {
            return altPlaceholder(problem, text);
        }
        return Optional.empty();
    }

    private static Optional<Fix> altPlaceholder(Problem problem, String text) {
        int start = problem.range().startOffset();
        if (start < 0 || !text.startsWith("![", start)) {
            return Optional.empty();
        }
        int close = text.indexOf(']', start + 2);
        if (close < 0) {
            return Optional.empty();
        }
        return Optional.of(Fix.of("Add an alt text placeholder", start + 2, close - start - 2, ALT_PLACEHOLDER));
    }
}
