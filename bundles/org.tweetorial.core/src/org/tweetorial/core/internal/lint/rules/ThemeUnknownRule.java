package org.tweetorial.core.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.SourceRange;
import org.tweetorial.core.model.ThemeNames;

/**
 * The front matter's {@code theme:} names no theme: not a built-in one, and no {@code themes/NAME/theme.properties}
 * next to the file. Every route (preview, cards view, cards, export) then draws the default theme; this says so
 * where the value is written, with a fix per built-in theme.
 */
public final class ThemeUnknownRule implements LintRule {

    /** A {@code theme:} line of the front matter; group 2 is the value without quotes. */
    private static final Pattern THEME_LINE = Pattern.compile("(?m)^theme[ \\t]*:[ \\t]*(['\"]?)([^'\"\\r\\n#]*?)\\1"
            + "[ \\t]*(?:#.*)?$");

    @Override
    public String id() {
        return "theme-unknown";
    }

    @Override
    public String description() {
        return "the front matter names a theme that does not exist (the cards use the default theme)";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        Optional<String> theme = ctx.tweetorial().frontMatter().theme();
        if (theme.isEmpty() || theme.get().isBlank() || ThemeNames.exists(theme.get(), ctx.tweetorial().baseDir())) {
            return;
        }
        String name = theme.get().strip();
        int frontMatterEnd = ctx.tweetorial().frontMatter().range().map(SourceRange::endOffset).orElse(0);
        Matcher m = THEME_LINE.matcher(ctx.tweetorial().text()).region(0, Math.max(0, frontMatterEnd));
        boolean found = m.find();
        int start = found ? m.start(2) : 0;
        int end = found ? m.end(2) : 0;
        List<Fix> fixes = new ArrayList<>();
        if (end > start) {
            for (String builtIn : ThemeNames.BUILT_IN) {
                fixes.add(Fix.of("Use the " + builtIn + " theme", start, end - start, builtIn));
            }
        }
        report.accept(new Problem(id(), Severity.WARNING, ctx.range(start, end), "theme '" + name + "' does not "
                + "exist, so the cards use the " + ThemeNames.DEFAULT + " theme; built-in themes are "
                + String.join(", ", ThemeNames.BUILT_IN) + ", or create themes/" + name + "/"
                + ThemeNames.PROPERTIES_FILE + " next to this file", fixes));
    }
}
