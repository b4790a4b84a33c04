package org.tweetorial.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Linter;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.ImageBudget;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;
import org.tweetorial.render.Theme;
import org.tweetorial.render.ThemeException;
import org.tweetorial.render.Themes;
import org.tweetorial.render.posts.PostCards;

/**
 * {@code tweetorial cards FILE}: one slide-style card per post ({@code 01-<slug>.png}...) plus {@code alt-text.txt},
 * written atomically into {@code <name>-cards/} next to the source unless {@code --out} says otherwise.
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
                  Writes 01-<slug>.png ... and alt-text.txt into DIR (default: <name>-cards/ next to FILE).
                  --size   x (1200x675, default), x-large (1600x900), square (1080x1080),
                           portrait (1080x1350), slide (1920x1080) or WIDTHxHEIGHT
                  --scale  1 (default) or 2 for high-density PNGs
                  --theme  light (default), dark, high-contrast, clinical, or a folder themes/NAME/ next to FILE
                exit codes: 0 ok, 1 the file has lint errors (cards are still written), 2 the file cannot be
                read, bad options, or cards cannot be written""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        Path file;
        Arguments a;
        CardSize size = null;
        int scale;
        OutputFormat format;
        try {
            a = Arguments.parse(args, OPTIONS);
            file = CommandSupport.file(a, ctx);
            if (a.option("size").isPresent()) {
                size = CardSize.parse(a.option("size").get());
            }
            scale = scale(a.option("scale").orElse("1"));
            format = OutputFormat.parse(a.option("format").orElse("png"));
        } catch (Arguments.UsageException | IllegalArgumentException e) {
            return CommandSupport.usageError(name(), e.getMessage(), usage(), ctx);
        }
        // Fonts and Batik load on the render thread while this thread parses the Markdown.
        try (CardRenderer renderer = CardRenderer.create(0)) {
            renderer.warmUp();
            return render(renderer, file, a, size, scale, format, ctx);
        } catch (RuntimeException | LinkageError e) {
            ctx.err().println("tweetorial cards: internal error: " + e);
            return CommandSupport.EXIT_BAD_INPUT;
        }
    }

    private int render(CardRenderer renderer, Path file, Arguments a, CardSize requestedSize, int scale,
            OutputFormat format, CommandContext ctx) {
        Optional<Tweetorial> parsed = CommandSupport.load(file, name(), ctx);
        if (parsed.isEmpty()) {
            return CommandSupport.EXIT_BAD_INPUT;
        }
        Tweetorial t = parsed.get();
        Path baseDir = t.baseDir();
        CardSize size = requestedSize != null ? requestedSize : frontMatterSize(t, ctx);
        Optional<Theme> theme = theme(a.option("theme").orElse(t.frontMatter().theme().orElse(Themes.DEFAULT)),
                baseDir, ctx);
        if (theme.isEmpty()) {
            return CommandSupport.EXIT_BAD_INPUT;
        }
        Path source = file.toAbsolutePath().normalize();
        Path out = a.option("out").map(o -> ctx.workingDir().resolve(o)).orElseGet(() ->
                source.resolveSibling(baseName(source) + "-cards")).toAbsolutePath().normalize();
        if (out.equals(source) || Files.isRegularFile(out)) {
            ctx.err().println("tweetorial cards: --out must be a folder, not the file " + CommandSupport.display(out,
                    ctx));
            return CommandSupport.EXIT_BAD_INPUT;
        }
        List<Card> cards = PostCards.toCards(t);
        RenderOptions options = RenderOptions.defaults().withSize(size).withScale(scale).withFormat(format)
                .withTheme(theme.get()).withProjectDir(baseDir);
        List<CompletableFuture<RenderedCard>> pending = new ArrayList<>();
        for (Card card : cards) {
            pending.add(renderer.renderAsync(card, options));
        }
        // Lint while the cards render.
        List<Problem> problems = Linter.lint(t, LintOptions.defaults());
        List<Platform> platforms = t.frontMatter().platforms();
        StringBuilder alt = new StringBuilder();
        int width = Math.max(2, Integer.toString(cards.size()).length());
        try {
            Files.createDirectories(out);
            for (int i = 0; i < cards.size(); i++) {
                Card card = cards.get(i);
                RenderedCard r = await(pending.get(i));
                String fileName = String.format(Locale.ROOT, "%0" + width + "d-%s.%s", i + 1, slug(card, i + 1),
                        format.extension());
                Path target = out.resolve(fileName);
                if (target.equals(source)) {
                    ctx.err().println("tweetorial cards: refusing to overwrite the source " + fileName);
                    return CommandSupport.EXIT_BAD_INPUT;
                }
                writeAtomically(target, r.bytes());
                ctx.err().printf(Locale.ROOT, "[%d/%d] %s (%s, %s)%n", i + 1, cards.size(),
                        CommandSupport.display(target, ctx), card.layout().id(), kb(r.bytes().length));
                for (String w : r.warnings()) {
                    ctx.err().println("  warning: " + w);
                }
                if (format == OutputFormat.PNG) {
                    budget(target, r, platforms, ctx);
                }
                alt.append(fileName).append('\n').append(r.altText()).append("\n\n");
            }
            writeAtomically(out.resolve("alt-text.txt"), alt.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            ctx.err().println("tweetorial cards: cannot write " + CommandSupport.display(out, ctx) + ": "
                    + e.getMessage());
            return CommandSupport.EXIT_BAD_INPUT;
        } catch (CardRenderException | RuntimeException e) {
            ctx.err().println("tweetorial cards: " + e.getMessage());
            return CommandSupport.EXIT_BAD_INPUT;
        }
        ctx.out().println(CommandSupport.display(out, ctx));
        ctx.out().flush();
        long errors = CommandSupport.count(problems, Severity.ERROR);
        if (errors > 0) {
            ctx.err().println(CommandSupport.display(source, ctx) + ": " + errors
                    + " lint error(s); run 'tweetorial check' to see them");
            return CommandSupport.EXIT_PROBLEMS;
        }
        return CommandSupport.EXIT_OK;
    }

    /** The named theme; empty after printing its problems when it cannot be used. */
    private static Optional<Theme> theme(String name, Path baseDir, CommandContext ctx) {
        try {
            return Optional.of(Themes.resolve(name, baseDir));
        } catch (ThemeException e) {
            ctx.err().println("tweetorial cards: theme problem:");
            for (ThemeException.Problem p : e.problems()) {
                ctx.err().println("  " + p);
            }
            return Optional.empty();
        }
    }

    private static RenderedCard await(CompletableFuture<RenderedCard> f) throws CardRenderException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardRenderException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof CardRenderException cre) {
                throw cre;
            }
            throw new CardRenderException("card could not be rendered: " + c.getMessage(), c);
        }
    }

    private static int scale(String s) throws Arguments.UsageException {
        return switch (s.strip()) {
            case "1", "1x" -> 1;
            case "2", "2x" -> 2;
            default -> throw new Arguments.UsageException("--scale must be 1 or 2, not '" + s + "'");
        };
    }

    private static CardSize frontMatterSize(Tweetorial t, CommandContext ctx) {
        Optional<String> card = t.frontMatter().card();
        if (card.isEmpty()) {
            return CardSize.X;
        }
        try {
            return CardSize.parse(card.get());
        } catch (IllegalArgumentException e) {
            ctx.err().println("  warning: front matter card size '" + card.get() + "' is unknown; using x (1200x675)");
            return CardSize.X;
        }
    }

    private static void budget(Path target, RenderedCard r, List<Platform> platforms, CommandContext ctx)
            throws IOException {
        long limit = Long.MAX_VALUE;
        Platform strictest = null;
        for (Platform p : ImageBudget.exceeded(r.bytes().length, platforms)) {
            ctx.err().println("  warning: " + target.getFileName() + ": " + ImageBudget.warning(p, r.bytes().length));
            if (ImageBudget.limit(p) < limit) {
                limit = ImageBudget.limit(p);
                strictest = p;
            }
        }
        if (strictest == null) {
            return;
        }
        Optional<ImageBudget.Compressed> c = ImageBudget.compressToFit(r.bytes(), limit);
        if (c.isEmpty()) {
            ctx.err().println("  warning: no compression fits " + strictest.displayName() + "; use a smaller --size or"
                    + " --scale 1");
            return;
        }
        String name = target.getFileName().toString();
        Path alt = target.resolveSibling(name.substring(0, name.lastIndexOf('.')) + "."
                + strictest.id() + "." + c.get().extension());
        writeAtomically(alt, c.get().bytes());
        ctx.err().println("  " + c.get().description() + " fits " + strictest.displayName() + ": " + alt.getFileName()
                + " (" + kb(c.get().bytes().length) + ")");
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String slug(Card card, int n) {
        String base = card.body().headline().isEmpty() ? card.layout().id() : card.body().headline();
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > 40) {
            ascii = ascii.substring(0, 40).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? card.layout().id() : ascii;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String kb(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }
}
