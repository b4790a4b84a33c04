package org.tweetorial.render.internal.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;

import org.apache.batik.ext.awt.image.codec.imageio.ImageIOJPEGRegistryEntry;
import org.apache.batik.ext.awt.image.codec.png.PNGRegistryEntry;
import org.apache.batik.ext.awt.image.spi.ImageTagRegistry;
import org.apache.batik.transcoder.TranscoderException;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;
import org.tweetorial.render.internal.emoji.EmojiImages;
import org.tweetorial.render.internal.image.LoadedImage;
import org.tweetorial.render.internal.image.ProjectImageLoader;
import org.tweetorial.render.internal.layout.CardSvgBuilder;
import org.tweetorial.render.internal.layout.SlideLayouts;
import org.tweetorial.render.internal.svg.SvgWriter;
import org.tweetorial.render.internal.text.FontRegistry;
import org.tweetorial.render.internal.text.Headless;
import org.w3c.dom.Document;

/**
 * {@link CardRenderer} running every Batik call on the {@link RenderThread}. That thread (and the PNG encoder thread)
 * are shared by all renderers of the JVM, so that a workbench, an export and a command running side by side never use
 * Batik's caches from two threads; each renderer keeps its own cache and state, touched only on the worker.
 */
public final class DefaultCardRenderer implements CardRenderer {

    /** Deflate level for PNGs: flat slide graphics compress well even at fast levels. */
    static final int PNG_LEVEL = Deflater.BEST_SPEED;

    // PNG encoding is plain Java, so it runs beside the Batik worker: card n+1 rasterises while n encodes.
    private static final ExecutorService ENCODER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tweetorial-card-encoder");
        t.setDaemon(true);
        return t;
    });

    private volatile boolean closed;
    private final RenderCache cache;
    private final EmojiImages emoji = EmojiImages.get();
    private FontRegistry fonts;
    private CardSvgBuilder builder;
    private BundledFontFamilyResolver fontResolver;
    private final Map<String, ProjectImageLoader> loaders = new LinkedHashMap<>();

    public DefaultCardRenderer(int cacheEntries) {
        Headless.ensure();
        this.cache = new RenderCache(cacheEntries);
    }

    /** A rendered card before PNG encoding, or a finished one (cache hit, SVG). */
    private record Stage(RenderedCard done, BufferedImage image, CardSvgBuilder.BuiltCard built,
            List<String> warnings, String key) {
    }

    @Override
    public RenderedCard render(Card card, RenderOptions options) throws CardRenderException {
        if (RenderThread.isCurrent()) {
            return finish(renderOrPlaceholder(card, options));
        }
        try {
            return renderAsync(card, options).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardRenderException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e, "rendered");
        }
    }

    @Override
    public CompletableFuture<RenderedCard> renderAsync(Card card, RenderOptions options) {
        CompletableFuture<RenderedCard> f = new CompletableFuture<>();
        if (closed) {
            f.completeExceptionally(new CardRenderException("the renderer is closed", null));
            return f;
        }
        RenderThread.execute(() -> {
            Stage stage;
            try {
                stage = renderOrPlaceholder(card, options);
            } catch (Throwable t) {
                f.completeExceptionally(t);
                return;
            }
            if (stage.done() != null) {
                f.complete(stage.done());
                return;
            }
            ENCODER.execute(() -> {
                try {
                    f.complete(finish(stage));
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
        });
        return f;
    }

    @Override
    public List<String> paint(Card card, RenderOptions options, Graphics2D g) throws CardRenderException {
        if (closed) {
            throw new CardRenderException("the renderer is closed", null);
        }
        try {
            return RenderThread.call(() -> paintOnWorker(card, options, g));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardRenderException("painting was interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e, "painted");
        }
    }

    /** The worker's {@link CardRenderException} as thrown, anything else wrapped in one. */
    private static CardRenderException unwrap(ExecutionException e, String verb) {
        Throwable cause = e.getCause();
        if (cause instanceof CardRenderException cre) {
            return cre;
        }
        return new CardRenderException("card could not be " + verb + ": " + cause, cause);
    }

    private List<String> paintOnWorker(Card card, RenderOptions options, Graphics2D g) throws CardRenderException {
        try {
            return paintCard(card, options, g);
        } catch (CardRenderException | RuntimeException e) {
            String reason = reason(e);
            List<String> warnings = new ArrayList<>(paintCard(ErrorCard.of(card, reason), options, g));
            warnings.add(0, ErrorCard.TITLE + ": " + reason);
            return warnings;
        }
    }

    private List<String> paintCard(Card card, RenderOptions options, Graphics2D g) throws CardRenderException {
        init();
        List<String> warnings = new ArrayList<>();
        Map<String, LoadedImage> images = loadImages(card, options, warnings);
        CardSvgBuilder.BuiltCard built = builder.build(card, options.theme(), options.size(), options.language(),
                (path, ignored) -> images.get(path));
        warnings.addAll(built.warnings());
        SafeUserAgent agent = new SafeUserAgent(options.size().width(), options.size().height(), fontResolver);
        CardPainter.paint(built.document(), agent, g);
        addProblems(agent, warnings);
        return warnings;
    }

    @Override
    public CompletableFuture<Void> warmUp() {
        Card sample = Card.builder(new Card.KeyPoint("Warm-up \uD83E\uDE7A",
                "Fonts: Latin \u00E9, \u4E2D\u6587 \u65E5\u672C\u8A9E,"
                        + " \u0627\u0644\u0639\u0631\u0628\u064A\u0629,"
                        + " \u05E2\u05D1\u05E8\u05D9\u05EA \uD83D\uDC4B\uD83C\uDFFD", List.of()))
                .numbering(1, 1).byline("Warm Up", "@warmup", "").build();
        RenderOptions options = RenderOptions.defaults().withSize(new CardSize(400, 225));
        return renderAsync(sample, options).thenApply(r -> null);
    }

    @Override
    public String altText(Card card) {
        return SlideLayouts.altText(card);
    }

    @Override
    public void close() {
        // The shared threads stay (daemon, idle); this renderer only refuses new work.
        closed = true;
    }

    private RenderedCard finish(Stage stage) {
        if (stage.done() != null) {
            return stage.done();
        }
        byte[] png = PngEncoder.encodeRgb(stage.image(), PNG_LEVEL);
        RenderedCard result = new RenderedCard(png, OutputFormat.PNG, stage.image().getWidth(),
                stage.image().getHeight(), stage.built().altText(), stage.warnings(), stage.key());
        cache.put(stage.key(), result);
        return result;
    }

    private static volatile boolean decodersRegistered;

    /**
     * Registers Batik's PNG and JPEG decoders explicitly: Batik finds them through META-INF/services, which a split
     * OSGi class space may hide from it.
     */
    static synchronized void registerDecoders() {
        if (decodersRegistered) {
            return;
        }
        ImageTagRegistry registry = ImageTagRegistry.getRegistry();
        registry.register(new PNGRegistryEntry());
        registry.register(new ImageIOJPEGRegistryEntry());
        decodersRegistered = true;
    }

    private void init() {
        if (builder == null) {
            registerDecoders();
            fonts = FontRegistry.get();
            fontResolver = new BundledFontFamilyResolver(fonts);
            builder = new CardSvgBuilder(fonts, emoji);
        }
    }

    /** The card, or when it cannot be rendered the error card in its place, with the reason as a warning. */
    private Stage renderOrPlaceholder(Card card, RenderOptions options) throws CardRenderException {
        try {
            return renderOnWorker(card, options);
        } catch (CardRenderException | RuntimeException e) {
            String reason = reason(e);
            Stage stage = renderOnWorker(ErrorCard.of(card, reason), options);
            String warning = ErrorCard.TITLE + ": " + reason;
            if (stage.done() != null) {
                RenderedCard d = stage.done();
                List<String> warnings = new ArrayList<>(d.warnings());
                if (!warnings.contains(warning)) {
                    warnings.add(0, warning);
                }
                return new Stage(new RenderedCard(d.bytes(), d.format(), d.width(), d.height(), d.altText(),
                        warnings, d.key()), null, null, null, stage.key());
            }
            List<String> warnings = new ArrayList<>(stage.warnings());
            warnings.add(0, warning);
            return new Stage(null, stage.image(), stage.built(), warnings, stage.key());
        }
    }

    private static String reason(Exception e) {
        return e instanceof CardRenderException ? e.getMessage() : rootMessage(e);
    }

    private Stage renderOnWorker(Card card, RenderOptions options) throws CardRenderException {
        init();
        List<String> imageWarnings = new ArrayList<>();
        Map<String, LoadedImage> images = loadImages(card, options, imageWarnings);
        String key = key(card, options, images);
        RenderedCard cached = cache.get(key);
        if (cached != null) {
            return new Stage(cached, null, null, null, key);
        }
        CardSvgBuilder.BuiltCard built = builder.build(card, options.theme(), options.size(), options.language(),
                (path, ignored) -> images.get(path));
        List<String> warnings = new ArrayList<>(imageWarnings);
        warnings.addAll(built.warnings());
        if (options.format() == OutputFormat.SVG) {
            byte[] svg = SvgWriter.toDocumentString(built.document()).getBytes(StandardCharsets.UTF_8);
            RenderedCard result = new RenderedCard(svg, OutputFormat.SVG, options.size().width(),
                    options.size().height(), built.altText(), warnings, key);
            cache.put(key, result);
            return new Stage(result, null, null, null, key);
        }
        BufferedImage img = rasterize(built.document(), options, warnings);
        return new Stage(null, img, built, warnings, key);
    }

    /** The card's figure and logo, loaded (and confined) as the options say. */
    private Map<String, LoadedImage> loadImages(Card card, RenderOptions options, List<String> warnings) {
        ProjectImageLoader loader = loaders.computeIfAbsent(
                String.valueOf(options.projectDir()) + "|" + options.allowRemoteImages(),
                k -> new ProjectImageLoader(options.projectDir(), options.allowRemoteImages()));
        Map<String, LoadedImage> images = new LinkedHashMap<>();
        loadImage(card.body() instanceof Card.Figure f ? f.path() : "", loader, images, warnings);
        loadImage(card.byline() == null ? "" : card.byline().logoPath(), loader, images, warnings);
        return images;
    }

    private static void loadImage(String path, ProjectImageLoader loader, Map<String, LoadedImage> images,
            List<String> warnings) {
        if (path.isEmpty() || images.containsKey(path)) {
            return;
        }
        LoadedImage img = loader.load(path, warnings);
        if (img != null) {
            images.put(path, img);
        }
    }

    /** Renders the DOM to pixels; also used by tests that inspect the GVT tree. */
    BufferedImage rasterize(Document doc, RenderOptions options, List<String> warnings) throws CardRenderException {
        init();
        SafeUserAgent agent = new SafeUserAgent(options.size().width(), options.size().height(), fontResolver);
        CardTranscoder transcoder = new CardTranscoder(agent, options.pixelWidth(), options.pixelHeight(),
                Color.decode(options.theme().palette().background()));
        try {
            BufferedImage img = transcoder.render(doc);
            addProblems(agent, warnings);
            return img;
        } catch (TranscoderException | RuntimeException e) {
            throw new CardRenderException("card could not be rendered: " + rootMessage(e), e);
        }
    }

    private static void addProblems(SafeUserAgent agent, List<String> warnings) {
        for (String p : agent.problems()) {
            warnings.add("renderer: " + p);
        }
    }

    static String rootMessage(Throwable t) {
        Throwable cur = t;
        String msg = null;
        while (cur != null) {
            if (cur.getMessage() != null && !cur.getMessage().isBlank()) {
                msg = cur.getMessage();
            }
            Throwable next = cur instanceof TranscoderException te && te.getException() != null ? te.getException()
                    : cur.getCause();
            cur = next == cur ? null : next;
        }
        return msg == null ? t.getClass().getSimpleName() : msg.strip();
    }

    private String key(Card card, RenderOptions options, Map<String, LoadedImage> images) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, card.toString());
            update(md, options.theme().toString());
            update(md, options.size() + "@" + options.scale() + "/" + options.format() + "/" + options.language());
            update(md, fonts.fingerprint());
            update(md, Boolean.toString(emoji.isInstalled()));
            for (Map.Entry<String, LoadedImage> e : images.entrySet()) {
                update(md, e.getKey() + "=" + e.getValue().digest());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
    }
}
