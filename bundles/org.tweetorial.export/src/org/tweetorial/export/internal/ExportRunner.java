package org.tweetorial.export.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportListener;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.ExportedFile;
import org.tweetorial.export.SafetyCheck;
import org.tweetorial.export.SafetyReport;
import org.tweetorial.export.internal.cards.CardFileWriter;
import org.tweetorial.export.internal.cards.CardSet;
import org.tweetorial.export.internal.cards.PostCard;
import org.tweetorial.export.internal.pdf.HandoutWriter;
import org.tweetorial.export.internal.pdf.PdfOutput;
import org.tweetorial.export.internal.pdf.PngSlideArt;
import org.tweetorial.export.internal.pdf.SlideArt;
import org.tweetorial.export.internal.pdf.SlideDeckWriter;
import org.tweetorial.export.internal.pdf.VectorSlideArt;
import org.tweetorial.export.internal.pptx.PptxDeckWriter;
import org.tweetorial.export.internal.text.AltTextWriter;
import org.tweetorial.export.internal.text.ThreadJsonWriter;
import org.tweetorial.export.internal.text.ThreadTextWriter;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.RenderOptions;

/** Carries out one export: parse, lint, render cards, write each file into the staging folder, commit. */
public final class ExportRunner {

    /** A step that writes into the staging folder; tests replace one to make it fail. */
    @FunctionalInterface
    public interface StepHook {
        void beforeStep(ExportArtifact artifact) throws IOException;
    }

    private final CardRenderer renderer;
    private final StepHook hook;
    private final List<ExportProblem> problems = new ArrayList<>();
    /** slides.pdf, being written on its own thread once the cards are rendered; null before. */
    private CompletableFuture<PdfOutput> slides;

    public ExportRunner(CardRenderer renderer, StepHook hook) {
        this.renderer = renderer;
        this.hook = hook;
    }

    public ExportResult run(ExportRequest request, ExportListener listener) throws ExportException {
        // Batik and the fonts load on the renderer's thread while this one parses and lints.
        renderer.warmUp();
        Tweetorial t = SourceReader.parse(request.source());
        ExportPlan plan = ExportPlan.resolve(request, t);
        // The cards render on the renderer's threads while this one lints and runs the safety check: if that stops
        // the export, the cards are thrown away unwritten.
        CardSet.Pending rendering = plan.needsCards() ? CardSet.start(renderer, t, plan.cards()) : null;
        List<Problem> found = Tweetorials.check(t, SafetyCheck.LINT);
        problems.addAll(exportProblems(request.source(), found));
        SafetyReport safety = SafetyCheck.check(t, found, SafetyCheck.Policy.of(request));
        if (safety.blocks()) {
            throw new ExportException(request.source() + ": not exported: the safety check found "
                    + safety.blocking().size() + " thing(s) to fix first; nothing was written", problems, safety);
        }
        for (String p : plan.cardProblems()) {
            problems.add(new ExportProblem(ExportProblem.WARNING, request.source().getFileName() + ": front matter",
                    p));
        }
        List<Step> steps = steps(plan);
        try (AtomicExportFolder folder = AtomicExportFolder.open(plan.folder())) {
            CardSet cards = null;
            int index = 0;
            for (Step step : steps) {
                listener.stepStarted(step.label, ++index, steps.size());
                if (step.artifact == null) {
                    cards = rendering.join();
                    problems.addAll(cards.problems());
                    if (plan.wants(ExportArtifact.SLIDES)) {
                        // The slides are written on a thread of their own while this one writes the rest: the second
                        // core is otherwise idle once the cards are rendered.
                        slides = slidesInBackground(plan, cards);
                    }
                } else {
                    hook.beforeStep(step.artifact);
                    write(step.artifact, plan, cards, folder.staging());
                }
            }
            List<ExportedFile> files = listFiles(folder.staging());
            folder.commit();
            return new ExportResult(folder.target(), files, problems, safety);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(ExportException.Reason.FAILED, "export to " + plan.folder() + " failed: "
                    + message(e) + "; the previous export (if any) is unchanged", problems, e);
        } catch (CardRenderException e) {
            throw new ExportException(ExportException.Reason.FAILED, "cards could not be rendered: "
                    + e.getMessage() + "; the previous export (if any) is unchanged", problems, e);
        } finally {
            if (slides != null) {
                slides.cancel(false);
            }
        }
    }

    private CompletableFuture<PdfOutput> slidesInBackground(ExportPlan plan, CardSet cards) {
        SlideArt art = slideArt(plan);
        CompletableFuture<PdfOutput> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(SlideDeckWriter.write(plan, cards.cards(), art));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "tweetorial-export-slides");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private PdfOutput slides(ExportPlan plan, CardSet cards) throws IOException {
        if (slides == null) {
            return SlideDeckWriter.write(plan, cards.cards(), slideArt(plan));
        }
        try {
            return slides.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private record Step(String label, ExportArtifact artifact) {
    }

    private static List<Step> steps(ExportPlan plan) {
        List<Step> steps = new ArrayList<>();
        if (plan.needsCards()) {
            steps.add(new Step("rendering cards", null));
        }
        for (ExportArtifact a : ExportArtifact.values()) {
            if (plan.wants(a)) {
                steps.add(new Step(a.fileName(), a));
            }
        }
        return steps;
    }

    private static List<ExportProblem> exportProblems(Path source, List<Problem> found) {
        List<ExportProblem> out = new ArrayList<>();
        for (Problem p : found) {
            out.add(new ExportProblem(p.severity().id(), source.getFileName() + ":" + p.range().startLine() + ":"
                    + p.range().startColumn(), "[" + p.ruleId() + "] " + p.message().replace('\n', ' ')));
        }
        return out;
    }

    private static RenderOptions cardOptions(ExportPlan plan) {
        return plan.cards().renderOptions(plan.tweetorial().baseDir());
    }

    private void write(ExportArtifact artifact, ExportPlan plan, CardSet cards, Path dir)
            throws IOException, CardRenderException {
        switch (artifact) {
            case TEXT -> AtomicFiles.write(dir.resolve("thread.txt"),
                    ThreadTextWriter.write(plan.tweetorial(), plan.title()));
            case JSON -> AtomicFiles.write(dir.resolve("thread.json"),
                    ThreadJsonWriter.write(plan, cards.cards(), problems));
            case CARDS -> problems.addAll(new CardFileWriter(renderer, plan).write(cards, dir));
            case ALT -> AtomicFiles.write(dir.resolve("alt-text.txt"), AltTextWriter.write(plan.title(),
                    selected(plan, cards), cards.cards().size(), plan.cardFiles()));
            case HANDOUT -> writePdf(dir.resolve("handout.pdf"), HandoutWriter.write(plan, cards.cards()));
            case SLIDES -> writePdf(dir.resolve("slides.pdf"), slides(plan, cards));
            case PPTX -> AtomicFiles.write(dir.resolve("slides.pptx"), PptxDeckWriter.write(plan, cards.cards()));
        }
    }

    private static List<PostCard> selected(ExportPlan plan, CardSet cards) {
        return cards.cards().stream().filter(c -> plan.cardFiles().includes(c.post().number())).toList();
    }

    private void writePdf(Path file, PdfOutput pdf) throws IOException {
        AtomicFiles.write(file, pdf.bytes());
        problems.addAll(pdf.problems());
    }

    /** Vector slides painted by the renderer; a card that cannot be painted so falls back to a 2x PNG. */
    private SlideArt slideArt(ExportPlan plan) {
        RenderOptions options = cardOptions(plan);
        RenderOptions large = options.withScale(2);
        return new VectorSlideArt(renderer, options, new PngSlideArt(card -> {
            try {
                return renderer.render(card.card(), large).bytes();
            } catch (CardRenderException e) {
                throw new IOException(e.getMessage(), e);
            }
        }));
    }

    private static List<ExportedFile> listFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(AtomicExportFolder.MARKER)).sorted().toList();
            List<ExportedFile> out = new ArrayList<>();
            for (Path p : files) {
                out.add(new ExportedFile(dir.relativize(p).toString().replace('\\', '/'), Files.size(p)));
            }
            return out;
        }
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
