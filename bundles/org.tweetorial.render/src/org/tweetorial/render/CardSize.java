package org.tweetorial.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card dimensions in CSS pixels (before the scale factor).
 *
 * @param width  width in pixels, 200..4096
 * @param height height in pixels, 200..4096
 */
public record CardSize(int width, int height) {

    public static final CardSize X = new CardSize(1200, 675);
    public static final CardSize X_LARGE = new CardSize(1600, 900);
    public static final CardSize SQUARE = new CardSize(1080, 1080);
    public static final CardSize PORTRAIT = new CardSize(1080, 1350);
    public static final CardSize SLIDE = new CardSize(1920, 1080);

    private static final Pattern WXH = Pattern.compile("(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})");
    private static final Map<String, CardSize> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put("x", X);
        PRESETS.put("x-large", X_LARGE);
        PRESETS.put("square", SQUARE);
        PRESETS.put("portrait", PORTRAIT);
        PRESETS.put("slide", SLIDE);
    }

    public CardSize {
        if (width < 200 || height < 200 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("card size must be between 200 and 4096 pixels per side, got "
                    + width + "x" + height);
        }
    }

    /** Preset names accepted by {@link #parse(String)}, in display order. */
    public static Map<String, CardSize> presets() {
        return Map.copyOf(PRESETS);
    }

    /** Preset names in display order. */
    public static String presetNames() {
        return String.join(", ", PRESETS.keySet());
    }

    /**
     * Parses a preset name ({@code x}, {@code x-large}, {@code square}, {@code portrait}, {@code slide}) or
     * {@code WIDTHxHEIGHT}.
     *
     * @throws IllegalArgumentException with a readable message
     */
    public static CardSize parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty size; use one of " + presetNames() + " or WIDTHxHEIGHT");
        }
        String norm = text.trim().toLowerCase(Locale.ROOT);
        CardSize preset = PRESETS.get(norm);
        if (preset != null) {
            return preset;
        }
        Matcher m = WXH.matcher(norm);
        if (m.matches()) {
            return new CardSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException("unknown size '" + text + "'; use one of " + presetNames()
                + " or WIDTHxHEIGHT (e.g. 1200x675)");
    }

    public boolean isPortrait() {
        return height > width;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
