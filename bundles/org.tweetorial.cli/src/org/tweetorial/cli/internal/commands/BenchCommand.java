package org.tweetorial.cli.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.internal.lint.phi.PhiDictionaries;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportListener;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.Exporter;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSettings;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.posts.PostCards;

/**
 * Warm, in-process timings of the work behind the editor and the commands, on a real tweetorial: parse + count +
 * lint (the tweetorial's posts repeated to 50 and 1000 posts), one card render, the handout alone, and a whole
 * export. Prints milliseconds per operation; whole-process timings are {@code releng/bench/run.sh}'s job.
 */
final class BenchCommand implements Command {

    private static final int[] THREAD_SIZES = { 50, 200, 1000 };

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "print warm timings of parsing, linting, card rendering and export (ms)";
    }

    @Override
    public String usage() {
        return """
                usage: tweetorial bench FILE

                Measures, after warm-up, in this process: parse + count + lint of FILE's posts repeated to
                50, 200 and 1000 posts; one 1200x675 card render (cache off); the handout alone; a whole export
                (into a temporary folder, deleted afterwards). Prints one line per measurement.""";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) {
        if (args.size() != 1) {
            ctx.err().println(usage());
            return 2;
        }
        Path file = ctx.workingDir().resolve(args.get(0));
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            PrintStream out = ctx.out();
            out.printf("tweetorial bench %s (%d cores, Java %s)%n", file.getFileName(),
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            benchPhiWordLists(out);
            benchCore(text, file.toAbsolutePath().getParent(), out);
            benchCard(Tweetorials.parse(file), file.toAbsolutePath().getParent(), out);
            benchExport(file, out);
            return 0;
        } catch (IOException | TweetorialException | CardRenderException | ExportException e) {
            ctx.err().println("tweetorial bench: " + file + ": " + e.getMessage());
            return 2;
        }
    }

    /** The PHI rules' word lists: their first, lazy load (as in the editor's lint job) and a reload. */
    private static void benchPhiWordLists(PrintStream out) {
        out.printf("PHI word lists, first load: %8.2f ms%n", PhiDictionaries.get().loadNanos() / 1e6);
        out.printf("PHI word lists, reload:     %8.2f ms/op%n", msPerOp(5, PhiDictionaries::load));
    }

    private static void benchCore(String text, Path baseDir, PrintStream out) throws TweetorialException {
        for (int posts : THREAD_SIZES) {
            String thread = ThreadOfSize.repeat(text, posts);
            int iterations = Math.max(20, 20_000 / posts);
            double ms = msPerOp(iterations, () -> Tweetorials.check(Tweetorials.parse(thread, baseDir),
                    LintOptions.defaults()));
            out.printf("parse+count+lint %4d posts: %8.2f ms/op%n", posts, ms);
        }
    }

    private static void benchCard(Tweetorial tweetorial, Path baseDir, PrintStream out) throws CardRenderException {
        List<Card> cards = PostCards.toCards(tweetorial, CardSettings.defaults());
        RenderOptions options = RenderOptions.defaults().withSize(CardSize.X).withProjectDir(baseDir);
        try (CardRenderer renderer = CardRenderer.create(0)) {
            double ms = msPerOp(cards.size() * 3, new Rotating<>(cards, card -> renderer.render(card, options)));
            out.printf("card render 1200x675 PNG:   %8.2f ms/card (%d layouts of the file, cache off)%n", ms,
                    cards.size());
        }
    }

    private static void benchExport(Path file, PrintStream out) throws IOException, ExportException {
        Path target = Files.createTempDirectory("tweetorial-bench");
        try (Exporter exporter = Exporter.create()) {
            ExportRequest handout = ExportRequest.of(file).withOutputDir(target.resolve("handout"))
                    .withArtifacts(EnumSet.of(ExportArtifact.HANDOUT));
            ExportRequest all = ExportRequest.of(file).withOutputDir(target.resolve("all"))
                    .withArtifacts(Set.copyOf(EnumSet.allOf(ExportArtifact.class)));
            out.printf("handout.pdf alone:          %8.2f ms/op%n",
                    msPerOp(5, () -> exporter.export(handout, ExportListener.SILENT)));
            out.printf("whole export:               %8.2f ms/op%n",
                    msPerOp(3, () -> exporter.export(all, ExportListener.SILENT)));
        } finally {
            deleteTree(target);
        }
    }

    /** Runs the operation as many times to warm up, then times as many runs again. */
    private static <E extends Exception> double msPerOp(int iterations, Operation<E> operation) throws E {
        for (int i = 0; i < iterations; i++) {
            operation.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            operation.run();
        }
        return (System.nanoTime() - start) / 1e6 / iterations;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @FunctionalInterface
    private interface Operation<E extends Exception> {
        void run() throws E;
    }

    @FunctionalInterface
    private interface Action<T, E extends Exception> {
        void accept(T item) throws E;
    }

    /** Applies the action to the items in turn, one per run. */
    private static final class Rotating<T, E extends Exception> implements Operation<E> {
        private final List<T> items;
        private final Action<T, E> action;
        private int next;

        Rotating(List<T> items, Action<T, E> action) {
            this.items = new ArrayList<>(items);
            this.action = action;
        }

        @Override
        public void run() throws E {
            action.accept(items.get(next++ % items.size()));
        }
    }
}
