package org.tweetorial.core.internal.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.internal.text.LineMap;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.SourceRange;

/** Collects the problems found while reading an infographic, each on the source line it is about. */
final class Findings {

    static final String PANEL_TYPE = "infographic-panel-type";
    static final String ATTRIBUTE = "infographic-attribute";
    static final String TABLE_NOT_NUMERIC = "infographic-table-not-numeric";
    static final String VISUAL_ABSTRACT = "infographic-visual-abstract";
    static final String ICON_ARRAY = "infographic-icon-array";
    static final String EMPTY_PANEL = "infographic-empty-panel";

    private final List<Problem> problems = new ArrayList<>();
    private final LineMap lines;

    Findings(LineMap lines) {
        this.lines = lines;
    }

    void error(String rule, PanelLines.Line line, String message) {
        add(rule, Severity.ERROR, range(line), message);
    }

    void warning(String rule, PanelLines.Line line, String message) {
        add(rule, Severity.WARNING, range(line), message);
    }

    void add(String rule, Severity severity, SourceRange range, String message) {
        problems.add(new Problem(rule, severity, range, message));
    }

    private SourceRange range(PanelLines.Line line) {
        return lines.range(line.start(), line.end());
    }

    List<Problem> all() {
        return problems;
    }
}
