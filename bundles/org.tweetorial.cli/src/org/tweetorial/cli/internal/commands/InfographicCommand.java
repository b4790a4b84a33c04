package org.tweetorial.cli.internal.commands;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.Exporter;
import org.tweetorial.export.InfographicRequest;
import org.tweetorial.render.infographic.InfographicSize;

/**
 * {@code tweetorial infographic FILE}: the one-page infographic of an infographic file ({@code kind: infographic}),
 * or the one-page summary of an ordinary thread, as PNG (1x and 2x), SVG or vector PDF, with {@code alt-text.txt}.
 */
public final class InfographicCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("out", "size", "format", "theme");
    private static final Set<String> FLAGS = Set.of("allow-phi");

    @Override
    public String name() {
        return "infographic";
    }

    @Override
    public String summary() {
        return "render a one-page infographic (PNG, SVG or PDF) from an infographic file or a thread";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial infographic FILE [--out DIR] [--size PRESET|WxH] [--format png|svg|pdf]
                                                   [--theme NAME] [--allow-phi]
                  FILE is an infographic (front matter kind: infographic; panels separated by lines ---) or an
                  ordinary thread, which becomes its one-page summary (title, key posts, references).
                  Writes infographic.png and infographic@2x.png (png, the default), infographic.svg (svg) or
                  infographic.pdf (pdf, vector) and alt-text.txt into DIR (default: <name>-infographic/ next to
                  FILE); the folder is replaced only when every file was written. --format may list several,
                  separated by commas (png,pdf).
                  --size   portrait (1080x1350, default), story (1080x1920), square (1080x1080),
                           landscape (1200x675), a4, a3, letter (print posters, for pdf) or WIDTHxHEIGHT;
                           default: the front matter's size
                  --theme  light, dark, high-contrast, clinical, or a folder themes/NAME/ next to FILE
                  The export's safety check runs first: possible patient identifiers, placeholder alt text and
                  missing images stop it (exit 1, nothing written); --allow-phi lets possible patient identifiers
                  through, as an explicit decision.
                exit codes: 0 ok, 1 the file has errors (the infographic is still written), 2 the file cannot be
                read, bad options, or the files cannot be written""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        InfographicRequest request;
        try {
            request = request(Arguments.parse(args, OPTIONS, FLAGS), ctx);
        } catch (Arguments.UsageException | IllegalArgumentException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        try (Exporter exporter = Exporter.create()) {
            ExportResult result = exporter.exportInfographic(request);
            ExportCommand.summary(result, ctx);
            ctx.out().println(CommandSupport.display(result.folder(), ctx));
            ctx.out().flush();
            return result.hasErrors() ? CommandSupport.EXIT_PROBLEMS : CommandSupport.EXIT_OK;
        } catch (ExportException e) {
            if (e.safetyReport().isPresent()) {
                ctx.err().println("tweetorial infographic: " + e.getMessage());
                ExportCommand.blocking(e.safetyReport().get(), ctx);
                return CommandSupport.EXIT_PROBLEMS;
            }
            ctx.err().println("tweetorial infographic: " + e.getMessage());
            e.problems().forEach(p -> ctx.err().println("  " + p));
            return CommandSupport.EXIT_BAD_INPUT;
        } catch (RuntimeException | LinkageError e) {
            ctx.err().println("tweetorial infographic: internal error: " + e
                    + ". Nothing was written; please report it with the input that caused it.");
            return CommandSupport.EXIT_BAD_INPUT;
        }
    }

    private static InfographicRequest request(Arguments a, CommandContext ctx) throws Arguments.UsageException {
        Path file = CommandSupport.file(a, ctx);
        Path source = file.toAbsolutePath().normalize();
        Path out = a.option("out").map(o -> ctx.workingDir().resolve(o))
                .orElseGet(() -> source.resolveSibling(baseName(source) + "-infographic"));
        if (a.option("size").isPresent()) {
            InfographicSize.parse(a.option("size").get());
        }
        return new InfographicRequest(source, out, a.option("size"), a.option("theme"),
                formats(a.option("format").orElse("png")), a.flag("allow-phi"));
    }

    static Set<InfographicRequest.Format> formats(String list) throws Arguments.UsageException {
        Set<InfographicRequest.Format> out = EnumSet.noneOf(InfographicRequest.Format.class);
        for (String f : list.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            switch (f) {
                case "png" -> {
                    out.add(InfographicRequest.Format.PNG);
                    out.add(InfographicRequest.Format.PNG_2X);
                }
                case "svg" -> out.add(InfographicRequest.Format.SVG);
                case "pdf" -> out.add(InfographicRequest.Format.PDF);
                case "" -> { }
                default -> throw new Arguments.UsageException("--format must be png, svg or pdf, not '" + f + "'");
            }
        }
        return out;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
