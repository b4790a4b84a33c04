package org.tweetorial.render.infographic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.tweetorial.render.CardSize;

/**
 * Infographic page sizes: screen presets in CSS pixels, and print posters laid out at about 150 dpi and painted as
 * vectors onto the paper size in PDF points.
 *
 * @param name      preset name, or WIDTHxHEIGHT
 * @param layout    the size the page is laid out at, in CSS pixels
 * @param paperWidth  the PDF page width in points, 0 for a screen size (its PDF page is the layout size at 0.75 pt/px)
 * @param paperHeight the PDF page height in points
 */
public record InfographicSize(String name, CardSize layout, float paperWidth, float paperHeight) {

    private static final Map<String, InfographicSize> PRESETS = new LinkedHashMap<>();

    static {
        screen("portrait", 1080, 1350);
        screen("story", 1080, 1920);
        screen("square", 1080, 1080);
        screen("landscape", 1200, 675);
        paper("a4", 1240, 1754, 595.28f, 841.89f);
        paper("a3", 1754, 2480, 841.89f, 1190.55f);
        paper("letter", 1275, 1650, 612f, 792f);
    }

    private static void screen(String name, int w, int h) {
        PRESETS.put(name, new InfographicSize(name, new CardSize(w, h), 0, 0));
    }

    private static void paper(String name, int w, int h, float pw, float ph) {
        PRESETS.put(name, new InfographicSize(name, new CardSize(w, h), pw, ph));
    }

    public static final InfographicSize PORTRAIT = PRESETS.get("portrait");
    public static final InfographicSize A4 = PRESETS.get("a4");

    /** Preset names in display order. */
    public static String presetNames() {
        return String.join(", ", PRESETS.keySet());
    }

    public boolean isPaper() {
        return paperWidth > 0;
    }

    /** PDF page width in points. */
    public float pdfWidth() {
        return isPaper() ? paperWidth : layout.width() * 0.75f;
    }

    /** PDF page height in points. */
    public float pdfHeight() {
        return isPaper() ? paperHeight : layout.height() * 0.75f;
    }

    /**
     * A preset name or WIDTHxHEIGHT (200..4096 per side).
     *
     * @throws IllegalArgumentException with a readable message
     */
    public static InfographicSize parse(String text) {
        String norm = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (norm.isEmpty()) {
            return PORTRAIT;
        }
        InfographicSize preset = PRESETS.get(norm);
        if (preset != null) {
            return preset;
        }
        try {
            CardSize s = CardSize.parse(norm);
            return new InfographicSize(s.toString(), s, 0, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown size '" + text + "'; use one of " + presetNames()
                    + " or WIDTHxHEIGHT (e.g. 1080x1350)");
        }
    }
}
