package org.tweetorial.core.lint;

import java.util.List;
import java.util.Optional;

import org.tweetorial.core.model.SourceRange;

/**
 * A finding: stable rule id, severity, where in the Markdown file, why, and the fixes that exist (best first).
 */
public record Problem(String ruleId, Severity severity, SourceRange range, String message, List<Fix> fixes) {

    public Problem {
        fixes = List.copyOf(fixes);
    }

    public Problem(String ruleId, Severity severity, SourceRange range, String message, Optional<Fix> fix) {
        this(ruleId, severity, range, message, fix.map(List::of).orElse(List.of()));
    }

    public Problem(String ruleId, Severity severity, SourceRange range, String message) {
        this(ruleId, severity, range, message, List.of());
    }

    /** The preferred fix, if any. */
    public Optional<Fix> fix() {
        return fixes.isEmpty() ? Optional.empty() : Optional.of(fixes.get(0));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
