package org.tweetorial.render.internal.theme;

import java.util.regex.Pattern;

/** WCAG 2.x relative luminance and contrast ratio of {@code #RRGGBB} colours. */
public final class Contrast {

    /** WCAG AA for normal text. */
    public static final double AA = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private Contrast() {
    }

    public static boolean isColour(String s) {
        return s != null && HEX.matcher(s).matches();
    }

    public static double relativeLuminance(String hex) {
        if (!isColour(hex)) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF)
                + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Contrast ratio between 1 and 21. */
    public static double ratio(String a, String b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
