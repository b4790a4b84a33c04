package org.tweetorial.render;

import java.awt.Graphics2D;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.tweetorial.render.internal.engine.DefaultCardRenderer;

/**
 * Renders cards on a dedicated worker thread, one for the whole JVM (Batik's font cache is not thread-safe), and
 * encodes PNGs on a second thread; results are cached (bounded LRU) by a hash of card content, theme, size, scale,
 * format, images and fonts. Safe to call from any thread. Creating a renderer sets {@code java.awt.headless=true}
 * unless the property was already set.
 */
public interface CardRenderer extends AutoCloseable {

    /** A renderer with the default cache size (64 cards). */
    static CardRenderer create() {
        return new DefaultCardRenderer(64);
    }

    /** A renderer caching at most {@code cacheEntries} results (0 disables the cache). */
    static CardRenderer create(int cacheEntries) {
        return new DefaultCardRenderer(cacheEntries);
    }

    /** Renders and waits. */
    RenderedCard render(Card card, RenderOptions options) throws CardRenderException;

    /** Renders on the worker thread. */
    CompletableFuture<RenderedCard> renderAsync(Card card, RenderOptions options);

    /**
     * Paints the card as vectors (shapes and glyph outlines, images embedded) into {@code g}, in the card's CSS pixels
     * from the origin: scale {@code g} first to fit another size. The card is built and painted on the worker thread
     * with the same fonts and locked-down resource loading as {@link #render}, so {@code g} must not be bound to the
     * calling thread (a PDF graphics is fine, a widget's is not); this call waits until painting is done. The
     * options' format and scale are ignored; nothing is cached.
     *
     * @return warnings about the content (images refused or missing, characters replaced, text cut)
     * @throws CardRenderException when the card cannot be built or painted; {@code g} may then hold part of it
     */
    List<String> paint(Card card, RenderOptions options, Graphics2D g) throws CardRenderException;

    /**
     * Loads fonts, emoji and Batik's classes by rendering a sample card; call it in the background at start so that
     * the first real render is fast.
     */
    CompletableFuture<Void> warmUp();

    /** Alt text for a card (its explicit alt text, or generated from its content). */
    String altText(Card card);

    /** Refuses further work; the shared daemon threads stay for other renderers. */
    @Override
    void close();
}
