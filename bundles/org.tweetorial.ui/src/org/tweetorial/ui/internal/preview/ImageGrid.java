package org.tweetorial.ui.internal.preview;

import org.eclipse.swt.graphics.Rectangle;

/** How a platform arranges a post's pictures (at most four) in its timeline. */
enum ImageGrid {
    /** X and Mastodon: one 16:9 frame, split in halves, then quarters; three as one tall and two stacked. */
    FRAME_16_9 {
        @Override
        Rectangle[] boxes(int count, int x, int y, int width) {
            return frame(count, x, y, width, width * 9 / 16);
        }
    },
    /** Bluesky: two square pictures side by side; three or four in a 4:3 frame. */
    BLUESKY {
        @Override
        Rectangle[] boxes(int count, int x, int y, int width) {
            return count == 2 ? frame(2, x, y, width, (width - GAP) / 2) : frame(count, x, y, width, width * 3 / 4);
        }
    },
    /** Threads: a carousel of 3:4 pictures that runs off the right edge. */
    CAROUSEL {
        @Override
        Rectangle[] boxes(int count, int x, int y, int width) {
            if (count == 1) {
                return new Rectangle[] { new Rectangle(x, y, width, width * 9 / 16) };
            }
            int cell = width * 3 / 5;
            Rectangle[] out = new Rectangle[count];
            for (int i = 0; i < count; i++) {
                out[i] = new Rectangle(x + i * (cell + GAP), y, cell, cell * 4 / 3);
            }
            return out;
        }
    },
    /** LinkedIn: the first picture large, the others in a row below it. */
    LEAD_AND_ROW {
        @Override
        Rectangle[] boxes(int count, int x, int y, int width) {
            if (count <= 2) {
                return frame(count, x, y, width, width * 9 / 16);
            }
            int leadHeight = width * 9 / 16;
            int rest = count - 1;
            int cell = (width - GAP * (rest - 1)) / rest;
            Rectangle[] out = new Rectangle[count];
            out[0] = new Rectangle(x, y, width, leadHeight);
            for (int i = 1; i < count; i++) {
                out[i] = new Rectangle(x + (i - 1) * (cell + GAP), y + leadHeight + GAP, cell, cell * 3 / 4);
            }
            return out;
        }
    };

    static final int GAP = 4;

    /** The boxes of {@code count} pictures (1 to 4) for a column at {@code x, y} of {@code width}. */
    abstract Rectangle[] boxes(int count, int x, int y, int width);

    /** Halves side by side, the right half split for three, quarters for four. */
    static Rectangle[] frame(int count, int x, int y, int width, int height) {
        int half = (width - GAP) / 2;
        int halfHeight = (height - GAP) / 2;
        int lowerHeight = height - halfHeight - GAP; // the lower row takes the odd pixel, so rows fill the frame
        int right = x + half + GAP;
        int lower = y + halfHeight + GAP;
        return switch (count) {
            case 1 -> new Rectangle[] { new Rectangle(x, y, width, height) };
            case 2 -> new Rectangle[] { new Rectangle(x, y, half, height), new Rectangle(right, y, half, height) };
            case 3 -> new Rectangle[] { new Rectangle(x, y, half, height), new Rectangle(right, y, half, halfHeight),
                    new Rectangle(right, lower, half, lowerHeight) };
            default -> new Rectangle[] { new Rectangle(x, y, half, halfHeight), new Rectangle(right, y, half, halfHeight),
                    new Rectangle(x, lower, half, lowerHeight), new Rectangle(right, lower, half, lowerHeight) };
        };
    }
}
