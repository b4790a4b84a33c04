package org.tweetorial.ui.internal.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * Images of posts (and the avatar) loaded and scaled in background jobs, turned into SWT images on the UI thread,
 * owned by one view and disposed with it. {@link #get} never blocks.
 */
final class ImageThumbnails {

    private final Display display;
    private final Runnable whenLoaded;
    private final Map<String, Image> images = new HashMap<>();
    private final Set<String> pending = new HashSet<>();

    ImageThumbnails(Display display, Runnable whenLoaded) {
        this.display = display;
        this.whenLoaded = whenLoaded;
    }

    /** The image scaled to at most {@code maxWidth}, or null while it loads (or when it cannot be read). */
    Image get(Path file, int maxWidth) {
        String key = file + "|" + maxWidth;
        Image image = images.get(key);
        if (image != null || !pending.add(key)) {
            return image;
        }
        Job job = Job.create("Loading " + file.getFileName(), monitor -> {
            ImageData data = load(file, maxWidth);
            display.asyncExec(() -> loaded(key, data));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return null;
    }

    private static ImageData load(Path file, int maxWidth) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            ImageData data = new ImageData(file.toString());
            if (data.width > maxWidth) {
                int height = Math.max(1, data.height * maxWidth / data.width);
                data = data.scaledTo(maxWidth, height);
            }
            return data;
        } catch (SWTException | IllegalArgumentException e) {
            return null;
        }
    }

    private void loaded(String key, ImageData data) {
        if (display.isDisposed() || data == null) {
            return;
        }
        Image old = images.put(key, new Image(display, data));
        if (old != null) {
            old.dispose();
        }
        whenLoaded.run();
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
