package org.tweetorial.ui.internal.preview;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.tweetorial.ui.internal.editor.TweetorialColors;

/** Draws the author's avatar in a circle: the chosen image, or initials on a colour derived from the name. */
final class AvatarPainter {

    private static final RGB[] COLOURS = { new RGB(0x1D, 0x35, 0x57), new RGB(0x0E, 0x74, 0x90),
            new RGB(0x6D, 0x28, 0xD9), new RGB(0x2E, 0x7D, 0x32), new RGB(0xC2, 0x18, 0x5B) };

    private final ImageThumbnails thumbnails;

    AvatarPainter(ImageThumbnails thumbnails) {
        this.thumbnails = thumbnails;
    }

    /** @param square a rounded square (Mastodon) instead of a circle */
    void paint(GC gc, int x, int y, int size, Author author, Font font, boolean square) {
        Image image = author.avatarPath().isBlank() ? null : thumbnails.get(Path.of(author.avatarPath()), size * 2);
        if (image != null) {
            paintImage(gc, x, y, size, image, square);
            return;
        }
        gc.setBackground(TweetorialColors.color(COLOURS[Math.floorMod(author.name().hashCode(), COLOURS.length)]));
        if (square) {
            gc.fillRoundRectangle(x, y, size, size, size / 4, size / 4);
        } else {
            gc.fillOval(x, y, size, size);
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.setFont(font);
        String initials = author.initials();
        Point extent = gc.textExtent(initials);
        gc.drawText(initials, x + (size - extent.x) / 2, y + (size - extent.y) / 2, true);
    }

    private static void paintImage(GC gc, int x, int y, int size, Image image, boolean square) {
        org.eclipse.swt.graphics.Path circle = new org.eclipse.swt.graphics.Path(gc.getDevice());
        try {
            if (square) {
                circle.addRectangle(x, y, size, size);
            } else {
                circle.addArc(x, y, size, size, 0, 360);
            }
            gc.setClipping(circle);
            Rectangle bounds = image.getBounds();
            int side = Math.min(bounds.width, bounds.height);
            gc.drawImage(image, (bounds.width - side) / 2, (bounds.height - side) / 2, side, side, x, y, size, size);
        } finally {
            gc.setClipping((Rectangle) null);
            circle.dispose();
        }
    }
}
