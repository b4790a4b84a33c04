package org.tweetorial.ui.internal.cards;

import java.awt.Color;

/**
 * The colours of a built-in card theme, as in the render bundle's {@code themes/NAME/theme.properties}.
 *
 * @param background card background
 * @param surface    panels
 * @param text       primary text
 * @param muted      secondary text
 * @param accent     big numbers, bars, kicker
 * @param accent2    second accent
 * @param onAccent   text on accent fills
 */
record CardPalette(Color background, Color surface, Color text, Color muted, Color accent, Color accent2,
        Color onAccent) {

    static CardPalette of(String theme) {
        return switch (theme) {
            case "dark" -> palette("#0F172A", "#1E293B", "#F1F5F9", "#CBD5E1", "#38BDF8", "#FBBF24", "#0F172A");
            case "high-contrast" -> palette("#000000", "#1A1A1A", "#FFFFFF", "#E6E6E6", "#FFD60A", "#5CE1E6",
                    "#000000");
            case "clinical" -> palette("#F4F8FB", "#E3EEF4", "#102A43", "#3E5568", "#00695C", "#1F4E8C", "#FFFFFF");
            default -> palette("#FFFFFF", "#F1F5F9", "#0F172A", "#475569", "#0E7490", "#6D28D9", "#FFFFFF");
        };
    }

    private static CardPalette palette(String... hex) {
        Color[] c = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) {
            c[i] = Color.decode(hex[i]);
        }
        return new CardPalette(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}
