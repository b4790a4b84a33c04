package org.tweetorial.core.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.internal.text.LineMap;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.SourceRange;

/**
 * Finds the YAML front matter ({@link FrontMatterBounds}) and reads it setting by setting
 * ({@link FrontMatterYaml}, {@link FrontMatterBuilder}), so every problem has its own line and a bad setting
 * leaves the others in effect.
 */
public final class FrontMatterReader {

    /** The front matter and where the body starts. */
    public record Result(FrontMatter frontMatter, int bodyStart, List<Problem> problems) {
    }

    public static final String RULE_SYNTAX = "frontmatter-syntax";
    public static final String RULE_UNCLOSED = "frontmatter-unclosed";
    public static final String RULE_UNKNOWN_KEY = "frontmatter-unknown-key";
    public static final String RULE_TYPE = "frontmatter-type";
    public static final String RULE_VALUE = "frontmatter-value";

    private final String text;
    private final LineMap lines;

    public FrontMatterReader(String text, LineMap lines) {
        this.text = text;
        this.lines = lines;
    }

    public Result read() {
        Optional<FrontMatterBounds.Bounds> found = FrontMatterBounds.find(text, lines);
        if (found.isEmpty()) {
            return new Result(FrontMatter.defaults(), 0, List.of());
        }
        FrontMatterBounds.Bounds bounds = found.get();
        List<Problem> problems = new ArrayList<>();
        if (!bounds.closed()) {
            problems.add(unclosed(bounds));
        }
        FrontMatterBuilder builder = new FrontMatterBuilder((firstLine, node, severity, rule, message) ->
                problems.add(problem(rule, severity, firstLine + node.getStartMark().getLine(),
                        node.getStartMark().getColumn(), message)));
        String yaml = text.substring(bounds.yamlStart(), bounds.yamlEnd());
        FrontMatterYaml.read(yaml, lines.line(bounds.yamlStart()),
                (rule, line, column, message) -> problems.add(problem(rule, Severity.ERROR, line, column, message)))
                .forEach(builder::accept);
        FrontMatter fm = withRange(builder.build(), lines.range(0, bounds.bodyStart()));
        return new Result(fm, bounds.bodyStart(), problems);
    }

    private Problem unclosed(FrontMatterBounds.Bounds bounds) {
        int line = bounds.unclosedAfterLine();
        String insert = bounds.bodyStart() == text.length() && !text.endsWith("\n") ? "\n---\n" : "---\n";
        Fix fix = Fix.of("Add a line --- after line " + line + " to close the front matter", bounds.bodyStart(), 0,
                insert);
        Problem at = problem(RULE_UNCLOSED, Severity.ERROR, line, 0,
                "the front matter is not closed: add a line `---` after line " + line);
        return new Problem(at.ruleId(), at.severity(), at.range(), at.message(), Optional.of(fix));
    }

    private Problem problem(String rule, Severity severity, int line, int column, String message) {
        int start = Math.min(lines.lineStart(line) + column, text.length());
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return new Problem(rule, severity, lines.range(start, end), message);
    }

    private static FrontMatter withRange(FrontMatter f, SourceRange range) {
        return new FrontMatter(f.title(), f.author(), f.handle(), f.platforms(), f.numbering(), f.hashtags(),
                f.hashtagsPosition(), f.theme(), f.card(), f.language(), f.mastodonLimit(), f.references(),
                f.split(), Optional.of(range), f.paper(), f.date(),
                f.mastodonLimitDeclared(), f.breaks());
    }
}
