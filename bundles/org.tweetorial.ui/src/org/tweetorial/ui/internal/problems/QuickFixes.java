package org.tweetorial.ui.internal.problems;

import java.util.List;

import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.Problem;

/** The fixes of a problem: the core rule's own, best first (the workbench adds none of its own). */
public final class QuickFixes {

    private QuickFixes() {
    }

    /** The problem's fixes, best first; empty when it has none. */
    public static List<Fix> fixesFor(Problem problem, String text) {
        return problem.fixes();
    }
}
