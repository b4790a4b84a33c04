package org.tweetorial.render.internal.engine;

import java.awt.font.TextAttribute;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.util.Map;

import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.tweetorial.render.internal.text.FontRegistry;

/**
 * Resolves CSS font families to the bundled fonts only, so Batik never scans or uses machine fonts and draws with
 * the very {@link Font} objects the text fitter measured with. Web fonts ({@code @font-face}) are refused.
 */
final class BundledFontFamilyResolver implements FontFamilyResolver {

    private final FontRegistry fonts;
    private final Family fallback;

    BundledFontFamilyResolver(FontRegistry fonts) {
        this.fonts = fonts;
        this.fallback = new Family(fonts.primary());
    }

    @Override
    public GVTFontFamily resolve(String familyName) {
        String name = familyName.strip();
        if (name.length() > 1 && (name.charAt(0) == '\'' || name.charAt(0) == '"')) {
            name = name.substring(1, name.length() - 1);
        }
        FontRegistry.Family f = fonts.family(name);
        return f == null ? null : new Family(f);
    }

    @Override
    public GVTFontFamily resolve(String familyName, FontFace fontFace) {
        return resolve(familyName);
    }

    @Override
    public GVTFontFamily loadFont(InputStream in, FontFace fontFace) {
        throw new SecurityException("web fonts are not loaded; only bundled fonts are used");
    }

    @Override
    public GVTFontFamily getDefault() {
        return fallback;
    }

    @Override
    public GVTFontFamily getFamilyThatCanDisplay(char c) {
        for (FontRegistry.Family f : fonts.families()) {
            if (f.regular().canDisplay(c)) {
                return new Family(f);
            }
        }
        return fallback;
    }

    /** A bundled family choosing its bold or regular face from the weight attribute. */
    static final class Family implements GVTFontFamily {
        private final FontRegistry.Family family;
        private final GVTFontFace face;

        Family(FontRegistry.Family family) {
            this.family = family;
            this.face = new GVTFontFace(family.name());
        }

        @Override
        public String getFamilyName() {
            return family.name();
        }

        @Override
        public GVTFontFace getFontFace() {
            return face;
        }

        @Override
        public GVTFont deriveFont(float size, AttributedCharacterIterator aci) {
            return deriveFont(size, aci.getAttributes());
        }

        @Override
        public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attrs) {
            Object weight = attrs == null ? null : attrs.get(TextAttribute.WEIGHT);
            boolean bold = weight instanceof Float w && w >= TextAttribute.WEIGHT_SEMIBOLD;
            return new AWTGVTFont(family.face(bold), size);
        }

        @Override
        public boolean isComplex() {
            return false;
        }
    }
}
