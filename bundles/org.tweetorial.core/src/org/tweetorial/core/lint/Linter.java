package org.tweetorial.core.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tweetorial.core.internal.lint.BuiltinRules;
import org.tweetorial.core.internal.lint.DefaultLintContext;
import org.tweetorial.core.model.Tweetorial;

/** Runs the lint rules over a parsed tweetorial. Thread-safe. */
public final class Linter {

    private static final Comparator<Problem> FILE_ORDER = Comparator
            .comparingInt((Problem p) -> p.range().startLine())
            .thenComparingInt(p -> p.range().startColumn())
            .thenComparing(Problem::ruleId);

    private Linter() {
    }

    /** The built-in rules, in registration order. */
    public static List<LintRule> rules() {
        return BuiltinRules.all();
    }

    /** Parse problems plus every enabled rule's problems, in file order. */
    public static List<Problem> lint(Tweetorial tweetorial, LintOptions options) {
        return lint(tweetorial, options, rules());
    }

    public static List<Problem> lint(Tweetorial tweetorial, LintOptions options, List<LintRule> rules) {
        List<Problem> problems = new ArrayList<>();
        tweetorial.parseProblems().stream().filter(p -> !options.disabledRules().contains(p.ruleId()))
                .forEach(problems::add);
        DefaultLintContext context = new DefaultLintContext(tweetorial, options);
        for (LintRule rule : rules) {
            if (!options.disabledRules().contains(rule.id())) {
                rule.check(context, problems::add);
            }
        }
        problems.sort(FILE_ORDER);
        return problems;
    }
}
