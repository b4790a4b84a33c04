package org.tweetorial.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.tweetorial.core.json.Json;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Linter;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.spelling.SpellChecker;

/** {@code tweetorial check FILE}: lint problems as {@code file:line:col: severity: [rule] message}. */
public final class CheckCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("platform", "format", "phi", "disable");

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "check a tweetorial: lengths, images, alt text, patient identifiers, links...";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial check FILE [--platform P[,P...]] [--format text|json]
                                             [--phi relaxed|normal|strict] [--disable RULE[,RULE...]]
                  Prints each problem as FILE:LINE:COL: SEVERITY: [RULE] MESSAGE (text) or a JSON report.
                exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be read or
                parsed, or bad options""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        Path file;
        String format;
        LintOptions options = LintOptions.defaults();
        try {
            Arguments a = Arguments.parse(args, OPTIONS);
            file = CommandSupport.file(a, ctx);
            format = CommandSupport.format(a);
            if (a.option("platform").isPresent()) {
                options = options.withPlatforms(CommandSupport.platforms(a.option("platform").get()));
            }
            if (a.option("phi").isPresent()) {
                options = options.withPhiStrictness(strictness(a.option("phi").get()));
            }
            if (a.option("disable").isPresent()) {
                options = options.withDisabledRules(Set.of(a.option("disable").get().split(",")));
            }
        } catch (Arguments.UsageException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        Optional<Tweetorial> parsed = CommandSupport.load(file, name(), ctx);
        if (parsed.isEmpty()) {
            return CommandSupport.EXIT_BAD_INPUT;
        }
        preloadSpelling(parsed.get(), options);
        List<Problem> problems = Linter.lint(parsed.get(), options);
        String shown = CommandSupport.display(file, ctx);
        ctx.out().print(format.equals("json") ? json(shown, problems) : text(shown, problems));
        ctx.out().flush();
        long errors = CommandSupport.count(problems, Severity.ERROR);
        ctx.err().println(shown + ": " + errors + " error(s), " + CommandSupport.count(problems, Severity.WARNING)
                + " warning(s), " + CommandSupport.count(problems, Severity.INFO) + " info");
        return errors > 0 ? CommandSupport.EXIT_PROBLEMS : CommandSupport.EXIT_OK;
    }

    private static PhiStrictness strictness(String value) throws Arguments.UsageException {
        try {
            return PhiStrictness.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException("--phi must be relaxed, normal or strict, not '" + value + "'");
        }
    }

    private static String text(String file, List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append(file).append(':').append(p.range().startLine()).append(':').append(p.range().startColumn())
                    .append(": ").append(p.severity().id()).append(": [").append(p.ruleId()).append("] ")
                    .append(p.message().replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }

    private static String json(String file, List<Problem> problems) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("errors", CommandSupport.count(problems, Severity.ERROR));
        o.addProperty("warnings", CommandSupport.count(problems, Severity.WARNING));
        o.addProperty("infos", CommandSupport.count(problems, Severity.INFO));
        JsonArray array = new JsonArray();
        problems.forEach(p -> array.add(problem(p)));
        o.add("problems", array);
        return Json.compact(o) + "\n";
    }

    private static JsonObject problem(Problem p) {
        JsonObject o = new JsonObject();
        o.addProperty("rule", p.ruleId());
        o.addProperty("severity", p.severity().id());
        o.addProperty("line", p.range().startLine());
        o.addProperty("column", p.range().startColumn());
        o.addProperty("endLine", p.range().endLine());
        o.addProperty("endColumn", p.range().endColumn());
        o.addProperty("offset", p.range().startOffset());
        o.addProperty("length", p.range().length());
        o.addProperty("message", p.message());
        p.fix().ifPresent(fix -> o.add("fix", fix(fix)));
        if (p.fixes().size() > 1) {
            // Every choice (a spelling finding's suggestions, best first); "fix" stays the first for old readers.
            JsonArray fixes = new JsonArray();
            p.fixes().forEach(f -> fixes.add(fix(f)));
            o.add("fixes", fixes);
        }
        return o;
    }

    private static JsonObject fix(Fix fix) {
        JsonObject o = new JsonObject();
        o.addProperty("label", fix.label());
        JsonArray edits = new JsonArray();
        for (TextEdit e : fix.edits()) {
            JsonObject edit = new JsonObject();
            edit.addProperty("offset", e.offset());
            edit.addProperty("length", e.length());
            edit.addProperty("replacement", e.replacement());
            edits.add(edit);
        }
        o.add("edits", edits);
        return o;
    }

    /** The dictionary loads on the other core while the rules before spelling run (most of a cold check's time). */
    private static void preloadSpelling(Tweetorial tweetorial, LintOptions options) {
        if (!options.disabledRules().contains(SpellChecker.RULE_ID)) {
            SpellChecker.forLanguage(tweetorial.frontMatter().language().orElse(""))
                    .ifPresent(SpellChecker::preloadInBackground);
        }
    }
}
