package org.tweetorial.render;

import java.util.List;
import java.util.Objects;

/**
 * A card theme: colour tokens, typography limits, optional extra CSS and an optional decorative SVG fragment
 * (already sanitised). Load themes with {@link Themes}.
 *
 * @param id         folder name, e.g. {@code light}
 * @param label      human-readable name
 * @param palette    colour tokens
 * @param minFontPx  smallest font size text may shrink to, in pixels on a 1200x675 card
 * @param css        extra CSS rules (validated: no {@code @import}, no external {@code url()})
 * @param decorSvg   sanitised SVG fragment drawn behind the content, or empty
 */
public record Theme(String id, String label, Palette palette, double minFontPx, String css, String decorSvg) {

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(palette, "palette");
        label = label == null || label.isBlank() ? id : label;
        css = css == null ? "" : css;
        decorSvg = decorSvg == null ? "" : decorSvg;
        if (minFontPx < 10) {
            throw new IllegalArgumentException("minFontPx must be >= 10");
        }
    }

    /**
     * Colours as {@code #RRGGBB}.
     *
     * @param background card background
     * @param surface    panels drawn on the background
     * @param text       primary text
     * @param muted      secondary text (captions, sources, handle)
     * @param accent     accent used for big numbers, bullets and kicker text
     * @param accent2    second accent (second comparison column)
     * @param onAccent   text drawn on accent or accent2 fills
     * @param rule       decorative lines and borders (never behind text)
     */
    public record Palette(String background, String surface, String text, String muted, String accent,
            String accent2, String onAccent, String rule) {
    }

    /** A foreground/background colour pair that layouts draw text with. */
    public record TextPair(String foregroundToken, String foreground, String backgroundToken, String background) {
    }

    /** Every text/background pair the layouts use; each must reach a contrast of 4.5:1. */
    public List<TextPair> textPairs() {
        Palette p = palette;
        return List.of(
                new TextPair("text", p.text(), "background", p.background()),
                new TextPair("muted", p.muted(), "background", p.background()),
                new TextPair("accent", p.accent(), "background", p.background()),
                new TextPair("text", p.text(), "surface", p.surface()),
                new TextPair("muted", p.muted(), "surface", p.surface()),
                new TextPair("accent", p.accent(), "surface", p.surface()),
                new TextPair("on-accent", p.onAccent(), "accent", p.accent()),
                new TextPair("on-accent", p.onAccent(), "accent2", p.accent2()));
    }
}
