package org.tweetorial.render.internal.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.batik.transcoder.TranscoderException;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.SourceRange;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.Theme;
import org.tweetorial.render.infographic.InfographicRenderer;
import org.tweetorial.render.infographic.LaidOutInfographic;
import org.tweetorial.render.infographic.RenderedInfographic;
import org.tweetorial.render.internal.emoji.EmojiImages;
import org.tweetorial.render.internal.icons.HealthIcons;
import org.tweetorial.render.internal.image.ProjectImageLoader;
import org.tweetorial.render.internal.infographic.InfographicAltText;
import org.tweetorial.render.internal.infographic.InfographicPage;
import org.tweetorial.render.internal.layout.CardSvgBuilder;
import org.tweetorial.render.internal.svg.SvgWriter;
import org.tweetorial.render.internal.text.FontRegistry;
import org.tweetorial.render.internal.text.Headless;
import org.tweetorial.render.internal.theme.Contrast;

/**
 * {@link InfographicRenderer} on the shared {@link RenderThread}: the page is built by {@link InfographicPage} with
 * the card builder's fitter and fonts, then serialised, rasterised or painted with the same {@link SafeUserAgent} as
 * cards.
 */
public final class DefaultInfographicRenderer implements InfographicRenderer {

    static final String RULE_CONTRAST = "infographic-low-contrast";

    private CardSvgBuilder builder;
    private BundledFontFamilyResolver fontResolver;
    private final AtomicInteger layouts = new AtomicInteger();

    public DefaultInfographicRenderer() {
        Headless.ensure();
    }

    @Override
    public RenderedInfographic render(Infographic info, RenderOptions options) throws CardRenderException {
        return onWorker(() -> drawOnWorker(layOutOnWorker(info, options))).get();
    }

    @Override
    public LaidOutInfographic layOut(Infographic info, RenderOptions options) throws CardRenderException {
        return onWorker(() -> layOutOnWorker(info, options));
    }

    @Override
    public RenderedInfographic render(LaidOutInfographic laidOut) throws CardRenderException {
        LaidOutPage page = LaidOutPage.of(laidOut);
        return onWorker(() -> {
            init();
            return drawOnWorker(page);
        }).get();
    }

    @Override
    public List<Problem> paint(Infographic info, RenderOptions options, Graphics2D g) throws CardRenderException {
        return onWorker(() -> {
            InfographicPage.Result page = build(info, options);
            SafeUserAgent agent = new SafeUserAgent(options.size().width(), options.size().height(), fontResolver);
            CardPainter.paint(page.built().document(), agent, g);
            return problems(info, options, page);
        });
    }

    @Override
    public List<String> iconNames() {
        return HealthIcons.get().names();
    }

    private interface Work<T> {
        T run() throws CardRenderException;
    }

    private static <T> T onWorker(Work<T> work) throws CardRenderException {
        try {
            return RenderThread.isCurrent() ? work.run() : RenderThread.call(work::run);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardRenderException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CardRenderException cre) {
                throw cre;
            }
            throw new CardRenderException("infographic could not be rendered: "
                    + DefaultCardRenderer.rootMessage(cause), cause);
        } catch (RuntimeException e) {
            throw new CardRenderException("infographic could not be rendered: " + DefaultCardRenderer.rootMessage(e),
                    e);
        }
    }

    private void init() {
        if (builder == null) {
            DefaultCardRenderer.registerDecoders();
            FontRegistry fonts = FontRegistry.get();
            fontResolver = new BundledFontFamilyResolver(fonts);
            builder = new CardSvgBuilder(fonts, EmojiImages.get());
        }
    }

    /** How many pages this renderer has laid out; for tests that count layouts. */
    int layoutCount() {
        return layouts.get();
    }

    private LaidOutPage layOutOnWorker(Infographic info, RenderOptions options) {
        InfographicPage.Result page = build(info, options);
        return new LaidOutPage(info, options, page, problems(info, options, page));
    }

    private InfographicPage.Result build(Infographic info, RenderOptions options) {
        init();
        layouts.incrementAndGet();
        ProjectImageLoader loader = new ProjectImageLoader(options.projectDir(), options.allowRemoteImages());
        return InfographicPage.build(builder, info, options.theme(), options.size(), loader::load);
    }

    /**
     * Draws the page on the render thread. The step returned finishes it on the caller's thread (PNG encoding), so
     * that the render thread draws the next page (the 2x one, say) meanwhile.
     */
    private Supplier<RenderedInfographic> drawOnWorker(LaidOutPage laidOut) throws CardRenderException {
        Infographic info = laidOut.infographic();
        RenderOptions options = laidOut.options();
        InfographicPage.Result page = laidOut.page();
        List<Problem> problems = laidOut.problems();
        String longText = InfographicAltText.longText(info, page.ordered());
        List<String> warnings = new ArrayList<>(page.built().warnings());
        if (options.format() == OutputFormat.SVG) {
            byte[] svg = SvgWriter.toDocumentString(page.built().document()).getBytes(StandardCharsets.UTF_8);
            RenderedInfographic done = new RenderedInfographic(svg, OutputFormat.SVG, options.size().width(),
                    options.size().height(), page.built().altText(), longText, problems, warnings);
            return () -> done;
        }
        SafeUserAgent agent = new SafeUserAgent(options.size().width(), options.size().height(), fontResolver);
        CardTranscoder transcoder = new CardTranscoder(agent, options.pixelWidth(), options.pixelHeight(),
                Color.decode(options.theme().palette().background()));
        BufferedImage img;
        try {
            img = transcoder.render(page.built().document());
        } catch (TranscoderException | RuntimeException e) {
            throw new CardRenderException("infographic could not be rendered: " + DefaultCardRenderer.rootMessage(e),
                    e);
        }
        for (String p : agent.problems()) {
            warnings.add("renderer: " + p);
        }
        String altText = page.built().altText();
        return () -> new RenderedInfographic(PngEncoder.encodeRgb(img, DefaultCardRenderer.PNG_LEVEL),
                OutputFormat.PNG, img.getWidth(), img.getHeight(), altText, longText, problems, warnings);
    }

    private static List<Problem> problems(Infographic info, RenderOptions options, InfographicPage.Result page) {
        List<Problem> all = new ArrayList<>(info.problems());
        all.addAll(page.problems());
        all.addAll(contrast(options.theme()));
        all.sort(Comparator.comparingInt((Problem p) -> p.range().startLine()));
        return all;
    }

    /** Text pairs of the theme under WCAG AA (4.5:1): the page would be hard to read. */
    static List<Problem> contrast(Theme theme) {
        List<Problem> out = new ArrayList<>();
        for (Theme.TextPair pair : theme.textPairs()) {
            if (!Contrast.isColour(pair.foreground()) || !Contrast.isColour(pair.background())) {
                continue;
            }
            double r = Contrast.ratio(pair.foreground(), pair.background());
            if (r < Contrast.AA) {
                out.add(new Problem(RULE_CONTRAST, Severity.ERROR, SourceRange.ofLine(1), String.format(
                        java.util.Locale.ROOT, "theme %s: %s text on %s has a contrast of %.2f:1, under WCAG AA"
                                + " (4.5:1); choose darker or lighter colours", theme.id(), pair.foregroundToken(),
                        pair.backgroundToken(), r)));
            }
        }
        return out;
    }
}
