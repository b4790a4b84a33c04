package org.tweetorial.render.internal.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.render.Theme;
import org.tweetorial.render.internal.theme.Contrast;

/**
 * Colours for data: the theme's accent first, then the Okabe-Ito colour-blind-safe palette, keeping only colours
 * that reach 3:1 against the panel surface (WCAG 1.4.11, non-text contrast), so every series stays visible.
 */
final class ChartPalette {

    /** Okabe &amp; Ito (2008), distinguishable with the common colour vision deficiencies. */
    static final List<String> OKABE_ITO = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#F0E442", "#000000");

    /** WCAG 2.1 1.4.11 minimum contrast for graphical objects. */
    static final double GRAPHICS = 3.0;

    private final List<String> colours;
    private final String rest;

    ChartPalette(Theme.Palette p) {
        List<String> ok = new ArrayList<>();
        for (String c : concat(p.accent(), p.accent2())) {
            if (Contrast.isColour(c) && Contrast.ratio(c, p.surface()) >= GRAPHICS && !ok.contains(c)) {
                ok.add(c.toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (ok.isEmpty()) {
            ok.add(p.text());
        }
        colours = List.copyOf(ok);
        rest = p.rule();
    }

    private static List<String> concat(String a, String b) {
        List<String> out = new ArrayList<>();
        out.add(a);
        out.add(b);
        out.addAll(OKABE_ITO);
        return out;
    }

    /** The colour of series (or group) {@code i}; colours repeat after the last usable one. */
    String series(int i) {
        return colours.get(i % colours.size());
    }

    /** How many distinct colours reach 3:1 on the surface. */
    int usable() {
        return colours.size();
    }

    /** The colour of what is not highlighted (the rest of an icon array, grid lines). */
    String rest() {
        return rest;
    }
}
