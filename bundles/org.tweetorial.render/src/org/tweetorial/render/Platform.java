package org.tweetorial.render;

/** Where cards are posted, with the largest image each accepts. */
public enum Platform {
    X("X", 5L * 1024 * 1024),
    BLUESKY("Bluesky", 2_000_000L),
    MASTODON("Mastodon", 16L * 1024 * 1024);

    private final String label;
    private final long maxBytes;

    Platform(String label, long maxBytes) {
        this.label = label;
        this.maxBytes = maxBytes;
    }

    public String label() {
        return label;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
