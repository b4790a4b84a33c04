package org.tweetorial.importer;

/** The kinds of source an import reads, with the platform their threads were posted on. */
public enum SourceKind {
    /** The zip, its folder or {@code data/tweets.js} of an X (Twitter) data archive. */
    X_ARCHIVE("X data archive", "x"),
    /** The {@code .car} file of a Bluesky repository export. */
    BLUESKY_CAR("Bluesky repository export", "bluesky"),
    /** A Mastodon archive: {@code outbox.json} with {@code media_attachments/}, as a zip or a folder. */
    MASTODON_ARCHIVE("Mastodon archive", "mastodon"),
    /** A thread as plain text: posts separated by blank lines or numbered "1/", "2/10", "🧵". */
    PLAIN_TEXT("plain text", "x");

    private final String label;
    private final String platform;

    SourceKind(String label, String platform) {
        this.label = label;
        this.platform = platform;
    }

    /** A human-readable name, e.g. "X data archive". */
    public String label() {
        return label;
    }

    /** The front matter platform id the threads of this source are written for. */
    public String platform() {
        return platform;
    }
}
