package org.tweetorial.ui.internal.preview;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Display;
import org.tweetorial.render.Emoji;

import com.ibm.icu.text.BreakIterator;

/**
 * Emoji in the preview drawn with the bundled Twemoji images (the cards' and the handout's), whatever fonts the
 * machine has: each emoji's glyph is replaced by a blank of the image's size and the image painted over it. Images
 * are rasterised in the background; until one is ready its place stays blank. UI thread only, except the jobs.
 */
final class EmojiGlyphs {

    private final Display display;
    private final Runnable whenReady;
    private final Map<String, Image> images = new HashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    EmojiGlyphs(Display display, Runnable whenReady) {
        this.display = display;
        this.whenReady = whenReady;
    }

    /** The emoji size that matches a font: its height in pixels, a little larger as apps draw them. */
    static int size(Display display, org.eclipse.swt.graphics.Font font) {
        return Math.max(12, (int) Math.round(font.getFontData()[0].getHeight() * display.getDPI().y / 72.0 * 1.2));
    }

    /** Reserves room for every emoji of the layout's text, at the line height of {@code style}'s font. */
    static void reserve(TextLayout layout, TextStyle style, int size) {
        String text = layout.getText();
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        for (int start = 0, end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            if (Character.codePointAt(text, start) > 0x7F && Emoji.isEmoji(text.substring(start, end))) {
                TextStyle blank = new TextStyle(style);
                blank.metrics = new GlyphMetrics(size * 4 / 5, size / 5, size);
                layout.setStyle(blank, start, end - 1);
            }
        }
    }

    /** Paints the images of the emoji of a layout drawn at (x, y). */
    void paint(GC gc, TextLayout layout, int x, int y, int size) {
        String text = layout.getText();
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        for (int start = 0, end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            TextStyle style = layout.getStyle(start);
            if (style != null && style.metrics != null) {
                Image image = image(text.substring(start, end), size);
                if (image != null) {
                    Rectangle box = layout.getBounds(start, end - 1);
                    gc.drawImage(image, x + box.x, y + box.y + Math.max(0, (box.height - size) / 2));
                }
            }
        }
    }

    private Image image(String emoji, int size) {
        String key = emoji + "|" + size;
        Image image = images.get(key);
        if (image != null || !pending.add(key)) {
            return image;
        }
        Job job = Job.create("Drawing emoji", monitor -> {
            Optional<ImageData> data = Emoji.image(emoji, size).map(EmojiGlyphs::imageData);
            display.asyncExec(() -> {
                if (!display.isDisposed() && data.isPresent()) {
                    images.put(key, new Image(display, data.get()));
                    whenReady.run();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return null;
    }

    /** ARGB pixels with their alpha, usable off the UI thread. */
    private static ImageData imageData(java.awt.image.BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        byte[] alpha = new byte[w * h];
        for (int yy = 0; yy < h; yy++) {
            for (int xx = 0; xx < w; xx++) {
                int argb = image.getRGB(xx, yy);
                data.setPixel(xx, yy, argb & 0xFFFFFF);
                alpha[yy * w + xx] = (byte) (argb >>> 24);
            }
        }
        data.alphaData = alpha;
        return data;
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
