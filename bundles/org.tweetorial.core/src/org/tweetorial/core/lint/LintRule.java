package org.tweetorial.core.lint;

import java.util.function.Consumer;

/**
 * One lint rule. To add a rule: write one class implementing this and add it to the list in
 * {@code org.tweetorial.core.internal.lint.BuiltinRules}.
 */
public interface LintRule {

    /** Stable id, e.g. {@code post-too-long}; also the id the user disables it with. */
    String id();

    /** One line for people: what the rule is for. */
    String description();

    void check(LintContext context, Consumer<Problem> report);
}
