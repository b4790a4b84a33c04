package org.tweetorial.core.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.spelling.Misspelling;
import org.tweetorial.core.spelling.SpellChecker;
import org.tweetorial.core.spelling.WordLists;

/**
 * Words the dictionaries (the front matter's English, the medical vocabulary, the project's and user's lists) do
 * not know, with up to three suggestions in the message and as fixes. Information only: a name or new drug may be
 * right; add it to the project dictionary.
 */
public final class SpellingRule implements LintRule {

    public static final String ID = SpellChecker.RULE_ID;
    static final int SUGGESTIONS = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "words not in the dictionary (English, medical vocabulary, project and user dictionaries)";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        Optional<SpellChecker> checker = SpellChecker.forLanguage(ctx.tweetorial().frontMatter().language()
                .orElse(""));
        if (checker.isEmpty()) {
            return;
        }
        Predicate<String> accepted = WordLists.accepted(ctx.tweetorial().baseDir(), Set.of());
        for (Post post : ctx.tweetorial().posts()) {
            if (post.generated() || post.markdown().isEmpty()) {
                continue;
            }
            for (Misspelling m : checker.get().check(post.markdown(), accepted)) {
                report.accept(problem(ctx, post, m, checker.get()));
            }
        }
    }

    private Problem problem(LintContext ctx, Post post, Misspelling m, SpellChecker checker) {
        List<String> suggestions = checker.suggest(m.word(), SUGGESTIONS);
        int base = post.range().startOffset();
        List<Fix> fixes = new ArrayList<>();
        for (String s : suggestions) {
            fixes.add(Fix.of("Change to '" + s + "'", base + m.start(), m.end() - m.start(), s));
        }
        String message = "'" + m.word() + "' is not in the " + checker.dictionaryName() + " or medical dictionary"
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?")
                + " (a right word: add it to the project dictionary " + WordLists.PROJECT_DICTIONARY + ")";
        return new Problem(ID, Severity.INFO, PostRanges.inPost(ctx, post, m.start(), m.end()), message, fixes);
    }
}
