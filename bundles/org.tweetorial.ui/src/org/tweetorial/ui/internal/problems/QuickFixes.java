package org.tweetorial.ui.internal.problems;

import java.util.List;
import java.util.Optional;

import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.Problem;

/**
 * The fix of a problem: the core rule's own fix, or, for the patient identifier rules until they have their own,
 * the deletion of the flagged text.
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    /** The problem's fixes, best first; empty when it has none. */
    public static List<Fix> fixesFor(Problem problem, String text) {
        if (!problem.fixes().isEmpty()) {
            return problem.fixes();
        }
        if (problem.ruleId().startsWith("phi-")) {
            return removeIdentifier(problem, text).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    private static Optional<Fix> removeIdentifier(Problem problem, String text) {
        int start = problem.range().startOffset();
        int end = problem.range().endOffset();
        if (start < 0 || end <= start || end > text.length()) {
            return Optional.empty();
        }
        String flagged = text.substring(start, end);
        return Optional.of(Fix.of("Remove the identifier '" + abbreviate(flagged) + "'", start, end - start, ""));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 30 ? oneLine : oneLine.substring(0, 29) + "\u2026";
    }
}
