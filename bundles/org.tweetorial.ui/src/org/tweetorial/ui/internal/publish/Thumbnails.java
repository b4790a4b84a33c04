package org.tweetorial.ui.internal.publish;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.tweetorial.publish.PlannedImage;

/** Small images of the cards the plan sends (from the bytes it holds), disposed together. */
final class Thumbnails {

    static final int HEIGHT = 36;

    private final List<Image> images = new ArrayList<>();

    /** A thumbnail of the card, null when its bytes cannot be read. */
    Image of(Display display, PlannedImage card) {
        try {
            ImageData data = new ImageData(new ByteArrayInputStream(card.bytes()));
            int width = Math.max(1, data.width * HEIGHT / Math.max(1, data.height));
            Image image = new Image(display, data.scaledTo(width, HEIGHT));
            images.add(image);
            return image;
        } catch (SWTException e) {
            return null;
        }
    }

    void clear() {
        images.forEach(Image::dispose);
        images.clear();
    }
}
