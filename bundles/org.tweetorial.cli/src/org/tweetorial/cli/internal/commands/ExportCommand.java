package org.tweetorial.cli.internal.commands;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.ExportedFile;
import org.tweetorial.export.Exporter;
import org.tweetorial.export.PaperSize;
import org.tweetorial.export.SafetyItem;
import org.tweetorial.export.SafetyReport;
import org.tweetorial.export.SlideNotes;

/** {@code tweetorial export FILE}: thread text, JSON, cards, alt text, a PDF handout and slides in one folder. */
public final class ExportCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("out", "only", "paper", "size", "theme", "notes", "jobs",
            "title");
    private static final Set<String> FLAGS = Set.of("strict", "allow-phi");

    private final UnaryOperator<String> environment;

    public ExportCommand() {
        this(System::getenv);
    }

    /** @param environment looks up environment variables ({@code SOURCE_DATE_EPOCH}) */
    public ExportCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export thread text, JSON, card images, alt text, a PDF handout, PDF and PowerPoint slides into one "
                + "folder, or a whole course with an index page";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial export FILE [--out DIR] [--only text,json,cards,alt,handout,slides,pptx] [--strict]
                                              [--allow-phi] [--paper a4|letter] [--size PRESET|WxH]
                                              [--theme NAME] [--notes annotation|page]
                       tweetorial export DIR|FILE... --out DIR [--jobs N] [--title TEXT] [same options]
                  Writes thread.txt, thread.json, cards/, alt-text.txt, handout.pdf, slides.pdf and slides.pptx
                  into DIR (default: NAME-export/ next to FILE). The folder is replaced only when everything
                  succeeded.
                  A safety check runs first and nothing is written while it finds possible patient identifiers
                  (outside posts marked <!-- consent -->), placeholder alt text or missing images; --allow-phi
                  lets possible patient identifiers through (with a warning). Other lint errors are listed but
                  do not block the export unless --strict is given.
                  Several files, or a folder (searched for .md files that start with front matter), make a course:
                  one folder per tweetorial in --out DIR and an index.html listing them, exported --jobs at a time
                  (default: the number of cores). A file that cannot be exported is reported at the end; the
                  others are exported all the same.
                  With SOURCE_DATE_EPOCH set, the same input gives byte-identical files.
                exit codes: 0 exported, 1 exported with errors to fix, or not exported because of the safety
                check (nothing written; for a course: any file not exported), 2 the file cannot be read or
                parsed, bad options, or the export failed""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        ExportRequest request;
        try {
            Arguments a = Arguments.parse(args, OPTIONS, FLAGS);
            if (CourseExport.isCourse(a, ctx)) {
                return new CourseExport(this).run(a, ctx);
            }
            request = request(a, ctx);
        } catch (Arguments.UsageException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        try (Exporter exporter = Exporter.create()) {
            ExportResult result = exporter.export(request, (step, index, total) -> ctx.err()
                    .println("[" + index + "/" + total + "] " + step));
            summary(result, ctx);
            return result.hasErrors() ? CommandSupport.EXIT_PROBLEMS : CommandSupport.EXIT_OK;
        } catch (ExportException e) {
            return failed(e, request, ctx);
        } catch (RuntimeException e) {
            ctx.err().println("tweetorial export: internal error: " + e
                    + ". Nothing was written; please report it with the input that caused it.");
            return CommandSupport.EXIT_BAD_INPUT;
        }
    }

    private ExportRequest request(Arguments a, CommandContext ctx) throws Arguments.UsageException {
        for (String courseOnly : List.of("jobs", "title")) {
            if (a.option(courseOnly).isPresent()) {
                throw new Arguments.UsageException("--" + courseOnly + " is for a course export (a folder or several "
                        + "files, with --out DIR)");
            }
        }
        Path file = CommandSupport.file(a, ctx);
        ExportRequest r = options(a).apply(ExportRequest.of(file));
        if (a.option("out").isPresent()) {
            r = r.withOutputDir(ctx.workingDir().resolve(a.option("out").get()));
        }
        return r;
    }

    /** Every option but {@code --out}, checked now and applied to each file's request later. */
    UnaryOperator<ExportRequest> options(Arguments a) throws Arguments.UsageException {
        boolean strict = a.flag("strict");
        boolean allowPhi = a.flag("allow-phi");
        Optional<Set<ExportArtifact>> only = a.option("only").isPresent()
                ? Optional.of(artifacts(a.option("only").get())) : Optional.empty();
        Optional<PaperSize> paper = Optional.empty();
        if (a.option("paper").isPresent()) {
            String p = a.option("paper").get();
            paper = Optional.of(PaperSize.byId(p).orElseThrow(() -> new Arguments.UsageException(
                    "--paper must be a4 or letter, not '" + p + "'")));
        }
        Optional<SlideNotes> notes = a.option("notes").isPresent() ? Optional.of(notes(a.option("notes").get()))
                : Optional.empty();
        Optional<String> size = a.option("size");
        Optional<String> theme = a.option("theme");
        Optional<Instant> epoch = sourceDateEpoch();
        Optional<PaperSize> chosenPaper = paper;
        return request -> {
            ExportRequest r = request.withStrict(strict).withAllowPatientIdentifiers(allowPhi);
            r = only.isPresent() ? r.withArtifacts(only.get()) : r;
            r = chosenPaper.isPresent() ? r.withPaper(chosenPaper.get()) : r;
            r = size.isPresent() ? r.withCardSize(size.get()) : r;
            r = theme.isPresent() ? r.withTheme(theme.get()) : r;
            r = notes.isPresent() ? r.withSlideNotes(notes.get()) : r;
            return epoch.isPresent() ? r.withFixedTime(epoch.get()) : r;
        };
    }

    private Optional<Instant> sourceDateEpoch() throws Arguments.UsageException {
        String epoch = environment.apply("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExportRequest.parseSourceDateEpoch(epoch));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
    }

    private static Set<ExportArtifact> artifacts(String list) throws Arguments.UsageException {
        Set<ExportArtifact> out = EnumSet.noneOf(ExportArtifact.class);
        for (String id : list.split(",")) {
            if (!id.isBlank()) {
                out.add(ExportArtifact.byId(id).orElseThrow(() -> new Arguments.UsageException("--only: unknown '"
                        + id.strip() + "'; choose from " + ExportArtifact.idList())));
            }
        }
        if (out.isEmpty()) {
            throw new Arguments.UsageException("--only needs at least one of " + ExportArtifact.idList());
        }
        return out;
    }

    private static SlideNotes notes(String value) throws Arguments.UsageException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "annotation", "annotations" -> SlideNotes.ANNOTATION;
            case "page", "pages" -> SlideNotes.PAGE;
            default -> throw new Arguments.UsageException("--notes must be annotation or page, not '" + value + "'");
        };
    }

    static void summary(ExportResult result, CommandContext ctx) {
        ctx.err().println("exported to " + CommandSupport.display(result.folder(), ctx) + ":");
        for (ExportedFile f : result.files()) {
            ctx.err().printf(Locale.ROOT, "  %-28s %10s%n", f.relativePath(), size(f.bytes()));
        }
        ctx.err().printf(Locale.ROOT, "  %d files, %s%n", result.files().size(), size(result.totalBytes()));
        problems(result.problems(), ctx);
        passedIdentifiers(result.safety(), ctx);
    }

    /** Possible patient identifiers that went out: allowed with --allow-phi, or in posts shared with consent. */
    private static void passedIdentifiers(SafetyReport safety, CommandContext ctx) {
        for (SafetyItem item : safety.items(SafetyItem.Category.PATIENT_IDENTIFIER)) {
            ctx.err().println("warning: " + safety.where(item) + ": exported " + item.category().label()
                    + (item.post() > 0 ? " in post " + item.post() : "") + " (" + item.action() + "): "
                    + item.message());
        }
    }

    private static void problems(List<ExportProblem> problems, CommandContext ctx) {
        long errors = problems.stream().filter(ExportProblem::isError).count();
        long warnings = problems.stream().filter(p -> ExportProblem.WARNING.equals(p.severity())).count();
        ctx.err().println("problems: " + errors + " error(s), " + warnings + " warning(s)"
                + (problems.isEmpty() ? "" : ":"));
        problems.forEach(p -> ctx.err().println("  " + p));
    }

    private static int failed(ExportException e, ExportRequest request, CommandContext ctx) {
        return failed("export", e, request, ctx);
    }

    /** Prints why an export (or the cards command's) failed; returns the exit code. */
    static int failed(String command, ExportException e, ExportRequest request, CommandContext ctx) {
        if (e.safetyReport().isPresent()) {
            SafetyReport safety = e.safetyReport().get();
            ctx.err().println("tweetorial " + command + ": " + CommandSupport.display(request.source(), ctx)
                    + ": not exported: the safety check found " + safety.blocking().size()
                    + " thing(s) to fix first; nothing was written");
            blocking(safety, ctx);
            return CommandSupport.EXIT_PROBLEMS;
        }
        ctx.err().println("tweetorial " + command + ": " + e.getMessage());
        return CommandSupport.EXIT_BAD_INPUT;
    }

    /** One line per blocking item (where, what, which post), then what to do about it. */
    static void blocking(SafetyReport safety, CommandContext ctx) {
        for (SafetyItem item : safety.blocking()) {
            ctx.err().println(safety.where(item) + ": " + item.category().label()
                    + (item.post() > 0 ? " in post " + item.post() : "") + ": " + item.message()
                    + " [" + item.ruleId() + "]");
            String orAllow = item.category() == SafetyItem.Category.PATIENT_IDENTIFIER
                    ? ", or export anyway with --allow-phi" : "";
            ctx.err().println("  to export: " + item.action() + orAllow);
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024));
    }
}
