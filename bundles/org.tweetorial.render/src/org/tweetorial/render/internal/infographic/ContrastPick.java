package org.tweetorial.render.internal.infographic;

import org.tweetorial.render.Theme;
import org.tweetorial.render.internal.theme.Contrast;

/** Chooses a text colour for a filled shape: the theme's on-accent, text or background, whichever reads best. */
final class ContrastPick {

    private ContrastPick() {
    }

    static String onColour(String fill, Theme.Palette p) {
        String best = p.onAccent();
        for (String c : new String[] { p.onAccent(), p.text(), p.background(), "#FFFFFF", "#000000" }) {
            if (Contrast.isColour(c) && Contrast.ratio(c, fill) > Contrast.ratio(best, fill)) {
                best = c;
            }
        }
        return best;
    }
}
