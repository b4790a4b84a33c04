package org.tweetorial.export.internal.infographic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.tweetorial.core.Infographics;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.ExportedFile;
import org.tweetorial.export.InfographicRequest;
import org.tweetorial.export.InfographicSettings;
import org.tweetorial.export.SafetyCheck;
import org.tweetorial.export.SafetyReport;
import org.tweetorial.export.internal.AtomicExportFolder;
import org.tweetorial.export.internal.AtomicFiles;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.infographic.InfographicRenderer;
import org.tweetorial.render.infographic.LaidOutInfographic;
import org.tweetorial.render.infographic.RenderedInfographic;
import org.tweetorial.render.infographic.ThreadInfographic;

/**
 * Writes an infographic's files into one staging folder moved into place at the end: {@code infographic.png}
 * ({@code infographic@2x.png}), {@code infographic.svg}, {@code infographic.pdf} and {@code alt-text.txt}. An
 * ordinary thread becomes its one-page summary first.
 */
public final class InfographicWriter {

    private final InfographicRenderer renderer;

    public InfographicWriter(InfographicRenderer renderer) {
        this.renderer = renderer;
    }

    /** Reads the source: an infographic file as it is, a thread as its summary. */
    public static Infographic read(Path source) throws ExportException {
        try {
            if (Infographics.isInfographic(source)) {
                return Infographics.parse(source);
            }
            return ThreadInfographic.compose(Tweetorials.parse(source));
        } catch (TweetorialException e) {
            throw new ExportException(ExportException.Reason.BAD_INPUT, e.getMessage());
        } catch (RuntimeException e) {
            throw new ExportException(ExportException.Reason.BAD_INPUT, source + ": cannot be read (" + e + ")");
        }
    }

    public ExportResult write(InfographicRequest request) throws ExportException {
        Path source = request.source();
        Infographic info = read(source);
        Path project = source.toAbsolutePath().getParent();
        InfographicSettings settings = InfographicSettings.resolve(info, request.size(), request.theme(), project);
        // The pictures render (and encode) while this thread runs the export's safety check on the file as text:
        // patient identifiers, placeholder alt text, missing images. A blocked export writes none of them.
        Map<InfographicRequest.Format, CompletableFuture<RenderedInfographic>> pictures = startRendering(info,
                request.formats(), settings.screen());
        try {
            return checkAndWrite(request, info, settings, pictures);
        } finally {
            // A blocked or failed export leaves no picture waiting to be drawn on the shared render thread.
            pictures.values().forEach(p -> p.cancel(false));
        }
    }

    private ExportResult checkAndWrite(InfographicRequest request, Infographic info, InfographicSettings settings,
            Map<InfographicRequest.Format, CompletableFuture<RenderedInfographic>> pictures) throws ExportException {
        Path source = request.source();
        SafetyReport safety = SafetyCheck.check(source, new SafetyCheck.Policy(request.allowPatientIdentifiers(),
                false));
        if (safety.blocks()) {
            throw new ExportException(source + ": not exported: the safety check found " + safety.blocking().size()
                    + " thing(s) to fix first; nothing was written", List.of(), safety);
        }
        List<ExportProblem> problems = new ArrayList<>();
        for (String p : settings.problems()) {
            problems.add(new ExportProblem(ExportProblem.WARNING, source.getFileName().toString(), p));
        }
        try (AtomicExportFolder folder = AtomicExportFolder.open(request.outputDir())) {
            Path dir = folder.staging();
            RenderedInfographic first = null;
            for (var picture : pictures.entrySet()) {
                RenderedInfographic r = await(picture.getValue());
                AtomicFiles.write(dir.resolve(picture.getKey().fileName()), r.bytes());
                first = first == null ? r : first;
            }
            if (first == null) {
                first = renderer.render(info, settings.screen().withFormat(OutputFormat.SVG));
            }
            if (request.formats().contains(InfographicRequest.Format.PDF)) {
                AtomicFiles.write(dir.resolve(InfographicRequest.Format.PDF.fileName()), InfographicPdf.write(renderer,
                        info, settings.print(), settings.printSize(), first.altText()));
            }
            AtomicFiles.write(dir.resolve("alt-text.txt"), altText(first).getBytes(StandardCharsets.UTF_8));
            problems.addAll(0, problems(source, first.problems()));
            for (String w : first.warnings()) {
                problems.add(new ExportProblem(ExportProblem.WARNING, source.getFileName().toString(), w));
            }
            List<ExportedFile> files = list(dir);
            folder.commit();
            return new ExportResult(folder.target(), files, problems, safety);
        } catch (IOException e) {
            throw new ExportException(ExportException.Reason.FAILED, "infographic could not be written to "
                    + request.outputDir() + ": " + e.getMessage() + "; the previous files (if any) are unchanged",
                    problems, e);
        } catch (CardRenderException e) {
            throw new ExportException(ExportException.Reason.FAILED, "infographic could not be rendered: "
                    + e.getMessage() + "; the previous files (if any) are unchanged", problems, e);
        }
    }

    /**
     * Starts one render per picture format, in the request's order; each waits for the renderer's thread on a
     * thread of its own and encodes there, so the next picture is drawn while the previous one is encoded. The 1x
     * and 2x PNGs share one layout.
     */
    private Map<InfographicRequest.Format, CompletableFuture<RenderedInfographic>> startRendering(Infographic info,
            Set<InfographicRequest.Format> formats, RenderOptions screen) {
        Map<InfographicRequest.Format, CompletableFuture<RenderedInfographic>> out = new LinkedHashMap<>();
        CompletableFuture<LaidOutInfographic> layout = formats.contains(InfographicRequest.Format.PNG)
                || formats.contains(InfographicRequest.Format.PNG_2X) ? inBackground(() -> renderer.layOut(info, screen))
                        : null;
        for (InfographicRequest.Format f : formats) {
            CompletableFuture<RenderedInfographic> picture = switch (f) {
                case PNG -> layout.thenApplyAsync(page -> draw(page), InfographicWriter::startDaemon);
                case PNG_2X -> layout.thenApplyAsync(page -> draw(page.atScale(2)), InfographicWriter::startDaemon);
                case SVG -> inBackground(() -> renderer.render(info, screen.withFormat(OutputFormat.SVG)));
                case PDF -> null;
            };
            if (picture != null) {
                out.put(f, picture);
            }
        }
        return out;
    }

    private interface RenderStep<T> {
        T run() throws CardRenderException;
    }

    private static <T> CompletableFuture<T> inBackground(RenderStep<T> step) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return step.run();
            } catch (CardRenderException e) {
                throw new CompletionException(e);
            }
        }, InfographicWriter::startDaemon);
    }

    private RenderedInfographic draw(LaidOutInfographic page) {
        try {
            return renderer.render(page);
        } catch (CardRenderException e) {
            throw new CompletionException(e);
        }
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "tweetorial-infographic-picture");
        t.setDaemon(true);
        t.start();
    }

    private static RenderedInfographic await(CompletableFuture<RenderedInfographic> picture)
            throws CardRenderException {
        try {
            return picture.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CardRenderException cre) {
                throw cre;
            }
            throw new CardRenderException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    private static String altText(RenderedInfographic r) {
        return "Alt text:\n" + r.altText() + "\n\nLong description:\n" + r.longDescription() + "\n";
    }

    private static List<ExportProblem> problems(Path source, List<Problem> found) {
        List<ExportProblem> out = new ArrayList<>();
        for (Problem p : found) {
            out.add(new ExportProblem(p.severity().id(), source.getFileName() + ":" + p.range().startLine(),
                    p.message() + " [" + p.ruleId() + "]"));
        }
        return out;
    }

    private static List<ExportedFile> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<ExportedFile> out = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                if (!p.getFileName().toString().equals(AtomicExportFolder.MARKER)) {
                    out.add(new ExportedFile(p.getFileName().toString(), Files.size(p)));
                }
            }
            return out;
        }
    }
}
