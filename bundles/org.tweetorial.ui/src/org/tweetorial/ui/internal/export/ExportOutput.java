package org.tweetorial.ui.internal.export;

/** What an export can write. */
public enum ExportOutput {
    CARDS("Cards (PNG images)", true),
    HANDOUT("Handout (Markdown with teaching notes and references)", true),
    SLIDES("Slides (needs the export bundle, not installed yet)", false),
    THREAD_TEXT("Thread text, one file per platform", true);

    private final String label;
    private final boolean available;

    ExportOutput(String label, boolean available) {
        this.label = label;
        this.available = available;
    }

    public String label() {
        return label;
    }

    /** False for outputs that need a bundle this installation does not have. */
    public boolean available() {
        return available;
    }
}
