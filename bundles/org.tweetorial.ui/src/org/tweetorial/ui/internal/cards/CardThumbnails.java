package org.tweetorial.ui.internal.cards;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;

/**
 * Card pixels for the views, scaled from the full-size PNG that {@link WorkbenchCards#renderer()} draws (the bytes
 * export writes). {@link #get} never blocks: it returns what is ready and renders the rest in a background job,
 * calling back on the UI thread. {@link #invalidate()} forgets everything when an image of the project changed.
 */
public final class CardThumbnails {

    /** A card that could not be drawn at all (the renderer itself failed); the reason is shown in its place. */
    public record Failure(String message) {
    }

    private static final int CACHE_SIZE = 256;
    private static final Map<String, Object> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > CACHE_SIZE;
                }
            });
    private static final Set<String> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger GENERATION = new AtomicInteger();

    private CardThumbnails() {
    }

    /**
     * The card's pixels at a width (an {@link ImageData}) or a {@link Failure} if ready; otherwise null, and
     * {@code whenReady} runs on the UI thread once they are.
     */
    public static Object get(Card card, RenderOptions options, int width, Runnable whenReady) {
        int generation = GENERATION.get();
        String key = generation + "|" + card + "|" + options + "|" + width;
        Object ready = CACHE.get(key);
        if (ready != null || !PENDING.add(key)) {
            return ready;
        }
        Display display = Display.getCurrent();
        Job job = Job.create("Rendering card", monitor -> {
            try {
                Object pixels = pixels(card, options, width);
                if (GENERATION.get() == generation) {
                    CACHE.put(key, pixels);
                }
            } finally {
                PENDING.remove(key);
            }
            if (display != null && !display.isDisposed()) {
                display.asyncExec(whenReady);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
        return null;
    }

    /** Renders at full size and waits; for jobs (copy, full-size view), never the UI thread. */
    public static RenderedCard renderNow(Card card, RenderOptions options) throws CardRenderException {
        return WorkbenchCards.renderer().render(card, options);
    }

    /** Forgets every thumbnail: an image of the project was added, changed or deleted. */
    public static void invalidate() {
        GENERATION.incrementAndGet();
        CACHE.clear();
    }

    /** Increases with each {@link #invalidate()}, so that views can tell their pictures are stale. */
    public static int generation() {
        return GENERATION.get();
    }

    private static Object pixels(Card card, RenderOptions options, int width) {
        try {
            RenderedCard rendered = renderNow(card, options);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.bytes()));
            if (image == null) {
                throw new IOException("the renderer returned no PNG");
            }
            return toImageData(scaled(image, width));
        } catch (CardRenderException | IOException | RuntimeException e) {
            return new Failure("This card could not be rendered: " + e.getMessage());
        }
    }

    private static BufferedImage scaled(BufferedImage image, int width) {
        if (image.getWidth() == width) {
            return image;
        }
        int height = Math.max(1, image.getHeight() * width / image.getWidth());
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Copies an RGB image into SWT pixels; usable off the UI thread. */
    public static ImageData toImageData(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }
}
