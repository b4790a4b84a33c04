package org.tweetorial.ui.internal.cards;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * Card pixels rendered in background jobs and cached: {@link #get} never blocks; it returns what is ready and
 * schedules the rest, calling back on the UI thread when a card is ready. The UI thread never waits for a renderer.
 */
public final class CardThumbnails {

    private static final int CACHE_SIZE = 256;
    private static CardImageRenderer renderer = new BatikCardImageRenderer(new SketchCardRenderer());

    private static final Map<String, ImageData> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ImageData> eldest) {
                    return size() > CACHE_SIZE;
                }
            });
    private static final Set<String> PENDING = ConcurrentHashMap.newKeySet();

    private CardThumbnails() {
    }

    /** Replaces the renderer (e.g. with one backed by the render bundle) and forgets cached pixels. */
    public static void useRenderer(CardImageRenderer newRenderer) {
        renderer = newRenderer;
        CACHE.clear();
    }

    /**
     * The card's pixels at a width if ready; otherwise null, and {@code whenReady} runs on the UI thread once they
     * are.
     */
    public static ImageData get(CardContent card, CardStyle style, int width, Path baseDir, Runnable whenReady) {
        String key = card.key() + "|" + style + "|" + width + "|" + baseDir;
        ImageData ready = CACHE.get(key);
        if (ready != null || !PENDING.add(key)) {
            return ready;
        }
        Display display = Display.getCurrent();
        Job job = Job.create("Rendering card " + card.postNumber(), monitor -> {
            try {
                CACHE.put(key, renderer.render(card, style, width, baseDir));
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

    /** Renders synchronously, for exports running in their own job. */
    public static ImageData renderNow(CardContent card, CardStyle style, int width, Path baseDir) {
        return renderer.render(card, style, width, baseDir);
    }
}
