package org.tweetorial.export.internal.cards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.tweetorial.core.platform.Platform;
import org.tweetorial.export.CardFiles;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.internal.AtomicFiles;
import org.tweetorial.export.internal.ExportPlan;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.ImageBudget;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;

/**
 * Writes the card files of an export: the one writer of card files, for {@code export}, {@code cards} and the
 * workbench. Names are {@code NN-layout.png} (or {@code .svg}); a PNG over an upload limit of one of the thread's
 * platforms gets a smaller copy beside it, {@code NN-layout.PLATFORM.png|jpg}.
 */
public final class CardFileWriter {

    private final CardRenderer renderer;
    private final ExportPlan plan;

    public CardFileWriter(CardRenderer renderer, ExportPlan plan) {
        this.renderer = renderer;
        this.plan = plan;
    }

    /**
     * Writes the selected cards into {@code exportDir}.
     *
     * @return what the author should know (limits exceeded and how the copy was made)
     */
    public List<ExportProblem> write(CardSet cards, Path exportDir) throws IOException, CardRenderException {
        CardFiles files = plan.cardFiles();
        List<PostCard> selected = cards.cards().stream().filter(c -> files.includes(c.post().number())).toList();
        List<CompletableFuture<RenderedCard>> rendered = render(selected, files);
        List<ExportProblem> problems = new ArrayList<>();
        Files.createDirectories(exportDir.resolve(files.folder().isEmpty() ? "." : files.folder()).normalize());
        for (int i = 0; i < selected.size(); i++) {
            PostCard card = selected.get(i);
            RenderedCard output = rendered.get(i) == null ? card.png() : CardSet.join(List.of(rendered.get(i))).get(0);
            String path = files.path(card.baseName());
            Path target = exportDir.resolve(path);
            AtomicFiles.write(target, output.bytes());
            if (output.format() == OutputFormat.PNG) {
                fitUploadLimits(target, path, output.bytes(), problems);
            }
        }
        return problems;
    }

    /** Starts renders that the scale-1 PNGs cannot serve (SVG, 2x); null where the PNG is the file. */
    private List<CompletableFuture<RenderedCard>> render(List<PostCard> selected, CardFiles files) {
        List<CompletableFuture<RenderedCard>> out = new ArrayList<>();
        boolean same = files.format() == OutputFormat.PNG && files.scale() == 1;
        RenderOptions options = plan.cards().renderOptions(plan.tweetorial().baseDir()).withFormat(files.format())
                .withScale(files.scale());
        for (PostCard card : selected) {
            out.add(same ? null : renderer.renderAsync(card.card(), options));
        }
        return out;
    }

    private void fitUploadLimits(Path target, String path, byte[] png, List<ExportProblem> problems)
            throws IOException {
        List<Platform> over = ImageBudget.exceeded(png.length, plan.tweetorial().frontMatter().platforms());
        if (over.isEmpty()) {
            return;
        }
        Platform strictest = over.get(0);
        for (Platform p : over) {
            if (ImageBudget.limit(p) < ImageBudget.limit(strictest)) {
                strictest = p;
            }
        }
        Optional<ImageBudget.Compressed> fit = ImageBudget.compressToFit(png, ImageBudget.limit(strictest));
        String why = ImageBudget.warning(strictest, png.length);
        if (fit.isEmpty()) {
            problems.add(new ExportProblem(ExportProblem.WARNING, path, why + "; no compression fits: choose a"
                    + " smaller card size or scale 1"));
            return;
        }
        String name = target.getFileName().toString();
        String copy = name.substring(0, name.lastIndexOf('.')) + "." + strictest.id() + "." + fit.get().extension();
        AtomicFiles.write(target.resolveSibling(copy), fit.get().bytes());
        problems.add(new ExportProblem(ExportProblem.INFO, path, why + "; " + copy + " (" + fit.get().description()
                + ") fits"));
    }
}
