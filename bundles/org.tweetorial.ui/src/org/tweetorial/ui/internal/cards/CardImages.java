package org.tweetorial.ui.internal.cards;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/** SWT images for rendered card pixels, owned by one view and disposed with it. UI thread only. */
public final class CardImages {

    private static final int MAX_IMAGES = 128;
    private final Display display;
    private final Map<ImageData, Image> images = new IdentityHashMap<>();

    public CardImages(Display display) {
        this.display = display;
    }

    public Image image(ImageData data) {
        Image image = images.get(data);
        if (image == null) {
            if (images.size() >= MAX_IMAGES) {
                dispose();
            }
            image = new Image(display, data);
            images.put(data, image);
        }
        return image;
    }

    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
