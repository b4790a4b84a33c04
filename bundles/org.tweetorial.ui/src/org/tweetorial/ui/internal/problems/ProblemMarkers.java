package org.tweetorial.ui.internal.problems;

import org.eclipse.core.resources.IMarker;
import org.tweetorial.core.lint.Severity;

/** The marker type of tweetorial problems and its attributes. */
public final class ProblemMarkers {

    public static final String TYPE = "org.tweetorial.ui.problem";
    /** The lint rule's stable id, e.g. {@code post-too-long}. */
    public static final String RULE_ID = "ruleId";
    /** The labels of the quick fixes, one per line, best first; absent when there is none. */
    public static final String FIX_LABEL = "fixLabel";

    private ProblemMarkers() {
    }

    public static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }
}
