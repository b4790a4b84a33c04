package org.tweetorial.ui.internal.cards;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;

/**
 * Draws a post's card as pixels. Called in background jobs only, never on the UI thread. The workbench ships a
 * native sketch renderer; a renderer backed by the render bundle's Batik {@code CardRenderer} can replace it.
 */
public interface CardImageRenderer {

    /**
     * @param card    what the card shows
     * @param style   theme and size
     * @param width   the pixel width wanted (the height follows the size's aspect ratio)
     * @param baseDir the folder images are resolved in
     */
    ImageData render(CardContent card, CardStyle style, int width, Path baseDir);
}
