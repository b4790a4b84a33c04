package org.tweetorial.render.internal.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tweetorial.render.Theme;
import org.tweetorial.render.Themes;

class ThemeContrastTest {

    static java.util.List<String> builtIns() {
        return Themes.builtInNames();
    }

    @Test
    void luminanceFormulaMatchesWcagReferenceValues() {
        assertEquals(21.0, Contrast.ratio("#000000", "#FFFFFF"), 1e-9);
        assertEquals(1.0, Contrast.ratio("#777777", "#777777"), 1e-9);
        // #767676 is the classic lightest grey passing AA on white (4.54:1); #777777 fails (4.48:1).
        assertEquals(4.54, Contrast.ratio("#767676", "#FFFFFF"), 0.01);
        assertEquals(4.48, Contrast.ratio("#777777", "#FFFFFF"), 0.01);
        assertEquals(0.2126, Contrast.relativeLuminance("#FF0000"), 1e-4);
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void everyTextPairOfEveryBuiltInThemeReachesAa(String name) {
        Theme theme = Themes.builtIn(name).orElseThrow();
        assertEquals(8, theme.textPairs().size());
        for (Theme.TextPair pair : theme.textPairs()) {
            double ratio = Contrast.ratio(pair.foreground(), pair.background());
            assertTrue(ratio >= 4.5, () -> String.format(Locale.ROOT, "%s: %s %s on %s %s = %.2f:1", name,
                    pair.foregroundToken(), pair.foreground(), pair.backgroundToken(), pair.background(), ratio));
        }
    }

    @Test
    void atLeastTheFourRequiredThemesExist() {
        for (String n : new String[] {"light", "dark", "high-contrast", "clinical"}) {
            assertTrue(Themes.builtIn(n).isPresent(), n);
        }
    }
}
