package org.tweetorial.ui.internal.preview;

import org.eclipse.swt.graphics.RGB;
import org.tweetorial.core.platform.Platform;

/** How a platform draws a post: its link colour and the word for a post. */
enum PlatformLook {
    X(new RGB(0x1D, 0x9B, 0xF0), "post"),
    BLUESKY(new RGB(0x11, 0x85, 0xFE), "post"),
    MASTODON(new RGB(0x63, 0x64, 0xFF), "toot");

    private final RGB link;
    private final String postWord;

    PlatformLook(RGB link, String postWord) {
        this.link = link;
        this.postWord = postWord;
    }

    RGB link() {
        return link;
    }

    String postWord() {
        return postWord;
    }

    static PlatformLook of(Platform platform) {
        return switch (platform) {
            case BLUESKY -> BLUESKY;
            case MASTODON -> MASTODON;
            default -> X;
        };
    }
}
