package org.tweetorial.ui.internal.problems;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.ui.internal.analysis.AnalysisSettings;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.SnapshotBuilder;

/**
 * Finds the fix for a marked problem in the document as it is now: markers may be a keystroke older than the text,
 * so the problem is looked up again (same rule, nearest place) in a snapshot of the current text.
 */
final class FixLocator {

    private FixLocator() {
    }

    /** The fixes of the problem, best first; empty when it is gone or has none. */
    static List<Fix> locate(String text, DocumentSnapshot latest, Path baseDir, String ruleId, int offset,
            int line) {
        DocumentSnapshot snapshot = latest != null && latest.linted() && latest.text().equals(text) ? latest
                : new SnapshotBuilder(baseDir, AnalysisSettings.fromPreferences()).build(0, text);
        return snapshot.problems().stream()
                .filter(p -> p.ruleId().equals(ruleId))
                .filter(p -> !QuickFixes.fixesFor(p, text).isEmpty())
                .min(Comparator.comparingInt((Problem p) -> distance(p, offset, line)))
                .map(p -> QuickFixes.fixesFor(p, text)).orElse(List.of());
    }

    private static int distance(Problem problem, int offset, int line) {
        if (offset >= 0 && problem.range().startOffset() >= 0) {
            return Math.abs(problem.range().startOffset() - offset);
        }
        return Math.abs(problem.range().startLine() - line) * 1000;
    }
}
