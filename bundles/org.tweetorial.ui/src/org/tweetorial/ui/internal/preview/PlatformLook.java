package org.tweetorial.ui.internal.preview;

import org.eclipse.swt.graphics.RGB;
import org.tweetorial.core.platform.Platform;

/**
 * How a platform shows a post, so that each preview is recognisable: its link colour, what it calls a post, the
 * shape of avatars, the line beside the author's name and the grid of pictures (links are shortened by core's
 * {@link org.tweetorial.core.platform.DisplayText}).
 */
enum PlatformLook {
    X(new RGB(0x1D, 0x9B, 0xF0), "post", false, ImageGrid.FRAME_16_9) {
        @Override
        String meta(String handle, int n, int total) {
            return handle + " \u00b7 " + n + "/" + total;
        }
    },
    BLUESKY(new RGB(0x11, 0x85, 0xFE), "post", false, ImageGrid.BLUESKY) {
        @Override
        String meta(String handle, int n, int total) {
            return handle + " \u00b7 " + n + "/" + total;
        }
    },
    MASTODON(new RGB(0x63, 0x64, 0xFF), "toot", true, ImageGrid.FRAME_16_9) {
        @Override
        String meta(String handle, int n, int total) {
            return handle + " \u00b7 toot " + n + " of " + total;
        }
    },
    THREADS(new RGB(0x00, 0x95, 0xF6), "thread", false, ImageGrid.CAROUSEL) {
        @Override
        String meta(String handle, int n, int total) {
            return n + "/" + total;
        }

        @Override
        boolean nameIsHandle() {
            return true;
        }
    },
    LINKEDIN(new RGB(0x0A, 0x66, 0xC2), "post", false, ImageGrid.LEAD_AND_ROW) {
        @Override
        String meta(String handle, int n, int total) {
            return "post " + n + " of " + total + " \u00b7 LinkedIn shows each as a post of its own";
        }
    };

    private final RGB link;
    private final String postWord;
    private final boolean squareAvatar;
    private final ImageGrid grid;

    PlatformLook(RGB link, String postWord, boolean squareAvatar, ImageGrid grid) {
        this.link = link;
        this.postWord = postWord;
        this.squareAvatar = squareAvatar;
        this.grid = grid;
    }

    /** How the platform arranges a post's pictures. */
    ImageGrid grid() {
        return grid;
    }

    RGB link() {
        return link;
    }

    String postWord() {
        return postWord;
    }

    /** Mastodon draws avatars as rounded squares, the others as circles. */
    boolean squareAvatar() {
        return squareAvatar;
    }

    /** The muted text after the author's name: handle and position as the platform writes them. */
    abstract String meta(String handle, int n, int total);

    /** Threads shows the username in bold where others show the display name. */
    boolean nameIsHandle() {
        return false;
    }

    static PlatformLook of(Platform platform) {
        return switch (platform) {
            case BLUESKY -> BLUESKY;
            case MASTODON -> MASTODON;
            case THREADS -> THREADS;
            case LINKEDIN -> LINKEDIN;
            default -> X;
        };
    }
}
