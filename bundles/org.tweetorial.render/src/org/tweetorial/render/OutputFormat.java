package org.tweetorial.render;

import java.util.Locale;

/** Output file formats. */
public enum OutputFormat {
    PNG("png"),
    SVG("svg");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** @throws IllegalArgumentException for anything but {@code png} or {@code svg} */
    public static OutputFormat parse(String text) {
        String norm = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (f.extension.equals(norm)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'; use png or svg");
    }
}
