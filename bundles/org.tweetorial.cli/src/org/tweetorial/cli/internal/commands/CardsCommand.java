package org.tweetorial.cli.internal.commands;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.export.CardFiles;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.Exporter;
import org.tweetorial.render.OutputFormat;

/**
 * {@code tweetorial cards FILE}: one slide-style card per post plus {@code alt-text.txt}, written by the exporter
 * (same names, same pixels and the same atomic folder as {@code export}'s {@code cards/}) into {@code <name>-cards/}
 * next to the source unless {@code --out} says otherwise.
 */
public final class CardsCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("out", "size", "scale", "format", "theme");

    @Override
    public String name() {
        return "cards";
    }

    @Override
    public String summary() {
        return "render a slide-style card (PNG or SVG) for every post, with alt text";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial cards FILE [--out DIR] [--size PRESET|WxH] [--scale 1|2] [--format png|svg]
                                             [--theme NAME]
                  Writes 01-title.png, 02-key-point.png ... (NN-LAYOUT, the names export uses in cards/) and
                  alt-text.txt into DIR (default: <name>-cards/ next to FILE); the folder is replaced only when
                  every card was written. A PNG over a platform's upload limit gets a smaller copy beside it.
                  --size   x (1200x675), x-large (1600x900), square (1080x1080), portrait (1080x1350),
                           slide (1920x1080) or WIDTHxHEIGHT; default: the front matter's card, else x
                  --scale  1 (default) or 2 for high-density PNGs
                  --theme  light, dark, high-contrast, clinical, or a folder themes/NAME/ next to FILE;
                           default: the front matter's theme, else light
                exit codes: 0 ok, 1 the file has lint errors (cards are still written), 2 the file cannot be
                read, bad options, or cards cannot be written""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        ExportRequest request;
        try {
            request = request(Arguments.parse(args, OPTIONS), ctx);
        } catch (Arguments.UsageException | IllegalArgumentException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        try (Exporter exporter = Exporter.create()) {
            ExportResult result = exporter.export(request, (step, index, total) -> ctx.err()
                    .println("[" + index + "/" + total + "] " + step));
            ExportCommand.summary(result, ctx);
            ctx.out().println(CommandSupport.display(result.folder(), ctx));
            ctx.out().flush();
            return result.hasErrors() ? CommandSupport.EXIT_PROBLEMS : CommandSupport.EXIT_OK;
        } catch (ExportException e) {
            return ExportCommand.failed(name(), e, ctx);
        } catch (RuntimeException | LinkageError e) {
            ctx.err().println("tweetorial cards: internal error: " + e
                    + ". Nothing was written; please report it with the input that caused it.");
            return CommandSupport.EXIT_BAD_INPUT;
        }
    }

    private static ExportRequest request(Arguments a, CommandContext ctx) throws Arguments.UsageException {
        Path file = CommandSupport.file(a, ctx);
        Path source = file.toAbsolutePath().normalize();
        Path out = a.option("out").map(o -> ctx.workingDir().resolve(o))
                .orElseGet(() -> source.resolveSibling(baseName(source) + "-cards"));
        CardFiles files = new CardFiles(OutputFormat.parse(a.option("format").orElse("png")),
                scale(a.option("scale").orElse("1")), Optional.empty(), true);
        ExportRequest r = ExportRequest.of(file).withOutputDir(out).withCardFiles(files)
                .withArtifacts(EnumSet.of(ExportArtifact.CARDS, ExportArtifact.ALT));
        if (a.option("size").isPresent()) {
            r = r.withCardSize(a.option("size").get());
        }
        if (a.option("theme").isPresent()) {
            r = r.withTheme(a.option("theme").get());
        }
        return r;
    }

    private static int scale(String s) throws Arguments.UsageException {
        return switch (s.strip()) {
            case "1", "1x" -> 1;
            case "2", "2x" -> 2;
            default -> throw new Arguments.UsageException("--scale must be 1 or 2, not '" + s + "'");
        };
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
