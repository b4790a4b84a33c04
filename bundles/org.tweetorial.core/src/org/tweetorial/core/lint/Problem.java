package org.tweetorial.core.lint;

import java.util.Optional;

import org.tweetorial.core.model.SourceRange;

/** A finding: stable rule id, severity, where in the Markdown file, why, and a fix where one exists. */
public record Problem(String ruleId, Severity severity, SourceRange range, String message, Optional<Fix> fix) {

    public Problem(String ruleId, Severity severity, SourceRange range, String message) {
        this(ruleId, severity, range, message, Optional.empty());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
