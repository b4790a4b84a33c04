package org.tweetorial.export.internal.vector;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.tweetorial.export.internal.pdf.BundledFont;

/**
 * Resolves the family names in card SVGs to the same bundled fonts the renderer uses, so that vector slides match
 * the PNG cards and machine fonts are never consulted. Web fonts are refused.
 */
final class BundledFontResolver implements FontFamilyResolver {

    private static final Map<String, Family> FAMILIES = families();

    @Override
    public GVTFontFamily resolve(String familyName) {
        String name = familyName.strip();
        if (name.length() > 1 && (name.charAt(0) == '\'' || name.charAt(0) == '"')) {
            name = name.substring(1, name.length() - 1);
        }
        return FAMILIES.get(name.toLowerCase(Locale.ROOT));
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
        return FAMILIES.get("noto sans");
    }

    @Override
    public GVTFontFamily getFamilyThatCanDisplay(char c) {
        for (Family f : FAMILIES.values()) {
            if (f.regular.canDisplay(c)) {
                return f;
            }
        }
        return getDefault();
    }

    private static Map<String, Family> families() {
        Map<String, Family> map = new LinkedHashMap<>();
        put(map, "Noto Sans", BundledFont.NOTO_SANS, BundledFont.NOTO_SANS_BOLD);
        put(map, "Noto Sans Arabic", BundledFont.NOTO_SANS_ARABIC, BundledFont.NOTO_SANS_ARABIC_BOLD);
        put(map, "Noto Sans Hebrew", BundledFont.NOTO_SANS_HEBREW, BundledFont.NOTO_SANS_HEBREW_BOLD);
        put(map, "DejaVu Sans", BundledFont.DEJAVU_SYMBOLS, BundledFont.DEJAVU_SYMBOLS_BOLD);
        put(map, "Droid Sans Fallback", BundledFont.DROID_CJK, BundledFont.DROID_CJK);
        return map;
    }

    private static void put(Map<String, Family> map, String name, BundledFont regular, BundledFont bold) {
        Font r = awt(regular);
        map.put(name.toLowerCase(Locale.ROOT), new Family(name, r, regular == bold ? r : awt(bold)));
    }

    private static Font awt(BundledFont font) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font.bytes()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("bundled font " + font + " cannot be read", e);
        }
    }

    /** A family choosing its bold or regular face from the weight attribute. */
    private static final class Family implements GVTFontFamily {
        private final String name;
        private final Font regular;
        private final Font bold;
        private final GVTFontFace face;

        Family(String name, Font regular, Font bold) {
            this.name = name;
            this.regular = regular;
            this.bold = bold;
            this.face = new GVTFontFace(name);
        }

        @Override
        public String getFamilyName() {
            return name;
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
            boolean wantBold = weight instanceof Float w && w >= TextAttribute.WEIGHT_SEMIBOLD;
            return new AWTGVTFont(wantBold ? bold : regular, size);
        }

        @Override
        public boolean isComplex() {
            return false;
        }
    }
}
