package org.tweetorial.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.core.json.JsonWriter;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Linter;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.core.model.Tweetorial;

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
        JsonWriter w = JsonWriter.compact().beginObject().field("file", file);
        w.field("errors", CommandSupport.count(problems, Severity.ERROR))
                .field("warnings", CommandSupport.count(problems, Severity.WARNING))
                .field("infos", CommandSupport.count(problems, Severity.INFO));
        w.name("problems").beginArray();
        for (Problem p : problems) {
            w.beginObject().field("rule", p.ruleId()).field("severity", p.severity().id())
                    .field("line", p.range().startLine()).field("column", p.range().startColumn())
                    .field("endLine", p.range().endLine()).field("endColumn", p.range().endColumn())
                    .field("offset", p.range().startOffset()).field("length", p.range().length())
                    .field("message", p.message());
            if (p.fix().isPresent()) {
                writeFix(w, p.fix().get());
            }
            w.endObject();
        }
        return w.endArray().endObject() + "\n";
    }

    private static void writeFix(JsonWriter w, Fix fix) {
        w.name("fix").beginObject().field("label", fix.label()).name("edits").beginArray();
        for (TextEdit e : fix.edits()) {
            w.beginObject().field("offset", e.offset()).field("length", e.length())
                    .field("replacement", e.replacement()).endObject();
        }
        w.endArray().endObject();
    }
}
