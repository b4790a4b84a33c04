package org.tweetorial.core.internal.parse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.internal.text.LineMap;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.SourceRange;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds the YAML front matter (first line {@code ---}, closed by {@code ---} or {@code ...}) and reads it with
 * SnakeYAML's node API, so every problem has a line.
 */
public final class FrontMatterReader {

    /** The front matter and where the body starts. */
    public record Result(FrontMatter frontMatter, int bodyStart, List<Problem> problems) {
    }

    public static final String RULE_SYNTAX = "frontmatter-syntax";
    public static final String RULE_UNKNOWN_KEY = "frontmatter-unknown-key";
    public static final String RULE_TYPE = "frontmatter-type";
    public static final String RULE_VALUE = "frontmatter-value";

    private final String text;
    private final LineMap lines;

    public FrontMatterReader(String text, LineMap lines) {
        this.text = text;
        this.lines = lines;
    }

    public Result read() throws TweetorialException {
        if (!isFence(0, "---")) {
            return new Result(FrontMatter.defaults(), 0, List.of());
        }
        int yamlStart = nextLine(0);
        int close = findClose(yamlStart);
        if (close < 0) {
            throw new TweetorialException(Optional.empty(), 1, "front matter started on line 1 is never closed",
                    "Add a line holding only --- after the settings (or remove the first line if the file has "
                            + "no front matter)");
        }
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = parse(text.substring(yamlStart, close), lines.line(yamlStart), problems::add);
        int bodyStart = nextLine(close);
        fm = withRange(fm, lines.range(0, Math.min(text.length(), bodyStart)));
        return new Result(fm, bodyStart, problems);
    }

    private FrontMatter parse(String yamlText, int firstLine, Consumer<Problem> problems) {
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = firstLine + (mark == null ? 0 : mark.getLine());
            problems.accept(problem(RULE_SYNTAX, Severity.ERROR, line, 0,
                    "front matter is not valid YAML: " + e.getProblem() + "; defaults are used"));
            return FrontMatter.defaults();
        } catch (YAMLException e) {
            problems.accept(problem(RULE_SYNTAX, Severity.ERROR, firstLine, 0,
                    "front matter is not valid YAML: " + e.getMessage() + "; defaults are used"));
            return FrontMatter.defaults();
        }
        if (root == null) {
            return FrontMatter.defaults();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.accept(problem(RULE_TYPE, Severity.ERROR, firstLine, 0,
                    "front matter must be key: value lines; defaults are used"));
            return FrontMatter.defaults();
        }
        FrontMatterBuilder builder = new FrontMatterBuilder((node, severity, rule, message) ->
                problems.accept(problem(rule, severity, firstLine + node.getStartMark().getLine(),
                        node.getStartMark().getColumn(), message)));
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                builder.accept(key, tuple.getValueNode());
            } else {
                Node k = tuple.getKeyNode();
                problems.accept(problem(RULE_TYPE, Severity.ERROR, firstLine + k.getStartMark().getLine(),
                        k.getStartMark().getColumn(), "front matter keys must be plain words"));
            }
        }
        return builder.build();
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(200_000);
        options.setAllowRecursiveKeys(false);
        return options;
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
                f.mastodonLimitDeclared());
    }

    private int findClose(int from) {
        for (int at = from; at < text.length(); at = nextLine(at)) {
            if (isFence(at, "---") || isFence(at, "...")) {
                return at;
            }
        }
        return -1;
    }

    private boolean isFence(int lineStart, String fence) {
        if (!text.startsWith(fence, lineStart)) {
            return false;
        }
        int end = lineEnd(lineStart);
        return text.substring(lineStart + fence.length(), end).isBlank();
    }

    private int lineEnd(int lineStart) {
        int nl = text.indexOf('\n', lineStart);
        return nl < 0 ? text.length() : nl;
    }

    private int nextLine(int lineStart) {
        int nl = text.indexOf('\n', lineStart);
        return nl < 0 ? text.length() : nl + 1;
    }

    static final Set<String> KEYS = FrontMatterBuilder.KEYS;
}
