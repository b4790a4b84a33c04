package org.tweetorial.export;

import java.util.Locale;
import java.util.Optional;

/** Page size of the handout. */
public enum PaperSize {
    A4("a4", 595.2756f, 841.8898f),
    LETTER("letter", 612f, 792f);

    private final String id;
    private final float widthPt;
    private final float heightPt;

    PaperSize(String id, float widthPt, float heightPt) {
        this.id = id;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public String id() {
        return id;
    }

    /** Width in PDF points (1/72 inch). */
    public float widthPt() {
        return widthPt;
    }

    /** Height in PDF points (1/72 inch). */
    public float heightPt() {
        return heightPt;
    }

    /** Accepts {@code a4}, {@code letter}, {@code us-letter} and {@code usletter}, case-insensitively. */
    public static Optional<PaperSize> byId(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return switch (key) {
            case "a4" -> Optional.of(A4);
            case "letter", "usletter" -> Optional.of(LETTER);
            default -> Optional.empty();
        };
    }
}
