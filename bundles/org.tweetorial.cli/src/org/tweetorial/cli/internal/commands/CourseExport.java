package org.tweetorial.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.tweetorial.export.CourseEntry;
import org.tweetorial.export.CourseExporter;
import org.tweetorial.export.CourseRequest;
import org.tweetorial.export.CourseResult;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportRequest;

/**
 * {@code tweetorial export DIR|FILE... --out DIR}: a course, exported in parallel with one progress line per finished
 * tweetorial, the failures reported at the end.
 */
final class CourseExport {

    private final ExportCommand command;

    CourseExport(ExportCommand command) {
        this.command = command;
    }

    /** A course: more than one input, or a folder. */
    static boolean isCourse(Arguments a, CommandContext ctx) {
        List<String> inputs = a.positional();
        return inputs.size() > 1 || inputs.size() == 1 && Files.isDirectory(ctx.workingDir().resolve(inputs.get(0)));
    }

    int run(Arguments a, CommandContext ctx) throws Arguments.UsageException {
        CourseRequest request = request(a, ctx);
        long start = System.nanoTime();
        try {
            CourseResult result = CourseExporter.export(request, (source, ok, done, total) -> progress(ctx, source,
                    ok, done, total));
            report(result, ctx, (System.nanoTime() - start) / 1_000_000_000.0);
            return result.hasErrors() ? CommandSupport.EXIT_PROBLEMS : CommandSupport.EXIT_OK;
        } catch (ExportException e) {
            ctx.err().println("tweetorial export: " + e.getMessage());
            return CommandSupport.EXIT_BAD_INPUT;
        }
    }

    private CourseRequest request(Arguments a, CommandContext ctx) throws Arguments.UsageException {
        if (a.option("out").isEmpty()) {
            throw new Arguments.UsageException("a course export (a folder or several files) needs --out DIR");
        }
        List<Path> inputs = a.positional().stream().map(ctx.workingDir()::resolve).toList();
        CourseRequest r = CourseRequest.of(inputs, ctx.workingDir().resolve(a.option("out").get()))
                .withOptions(command.options(a));
        if (a.option("jobs").isPresent()) {
            r = r.withWorkers(jobs(a.option("jobs").get()));
        }
        if (a.option("title").isPresent()) {
            r = r.withTitle(a.option("title").get());
        }
        return r;
    }

    private static int jobs(String value) throws Arguments.UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Arguments.UsageException("--jobs must be a whole number from 1 to 64, not '" + value + "'");
    }

    private static void progress(CommandContext ctx, Path source, boolean ok, int done, int total) {
        synchronized (ctx.err()) {
            ctx.err().printf(Locale.ROOT, "[%d/%d] %s %s%n", done, total, ok ? "exported" : "FAILED",
                    CommandSupport.display(source, ctx));
        }
    }

    private static void report(CourseResult result, CommandContext ctx, double seconds) {
        ctx.err().printf(Locale.ROOT, "exported %d of %d tweetorials to %s (index.html) in %.1f s%n",
                result.exported().size(), result.entries().size(), CommandSupport.display(result.folder(), ctx),
                seconds);
        for (CourseEntry e : result.exported()) {
            long errors = e.result().get().problems().stream().filter(p -> p.isError()).count();
            if (errors > 0) {
                ctx.err().println("  " + CommandSupport.display(e.source(), ctx) + ": exported with " + errors
                        + " error(s) to fix; run 'tweetorial check' on it");
            }
        }
        if (!result.failed().isEmpty()) {
            ctx.err().println(result.failed().size() + " not exported:");
            for (CourseEntry e : result.failed()) {
                ExportCommand.failed("export", e.failure().get(), ExportRequest.of(e.source()), ctx);
            }
        }
    }
}
