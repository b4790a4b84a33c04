package org.tweetorial.render.internal.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled fonts, loaded from {@code fonts/} on the class path and registered with AWT before the first render.
 * Rendering and measuring use exactly these {@link Font} objects; machine fonts are never consulted.
 */
public final class FontRegistry {

    /**
     * A bundled family with its regular and bold faces (bold may equal regular) and the files in {@code fonts/} they
     * were read from (the same file for both when the family has no bold face).
     */
    public record Family(String name, Font regular, Font bold, String regularFile, String boldFile) {
        public Font face(boolean wantBold) {
            return wantBold ? bold : regular;
        }
    }

    private static final String[][] FILES = {
        {"Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
        {"Noto Sans Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"},
        {"Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"},
        {"DejaVu Sans", "DejaVuSans-Symbols.ttf", "DejaVuSans-Bold-Symbols.ttf"},
        {"Droid Sans Fallback", "DroidSansFallback-CJK.ttf", null},
    };

    private static volatile FontRegistry instance;

    private final List<Family> families;
    private final String cssFamilyList;
    private final String fingerprint;

    private FontRegistry(List<Family> families) {
        this.families = List.copyOf(families);
        StringBuilder css = new StringBuilder();
        StringBuilder fp = new StringBuilder("fonts:");
        for (Family f : families) {
            if (!css.isEmpty()) {
                css.append(", ");
            }
            css.append('\'').append(f.name()).append('\'');
            fp.append(f.name()).append('/').append(f.regular().getNumGlyphs()).append('/')
                    .append(f.bold().getNumGlyphs()).append(';');
        }
        this.cssFamilyList = css.toString();
        this.fingerprint = fp.toString();
    }

    /** Loads and registers the bundled fonts once. */
    public static FontRegistry get() {
        FontRegistry r = instance;
        if (r == null) {
            synchronized (FontRegistry.class) {
                r = instance;
                if (r == null) {
                    r = load();
                    instance = r;
                }
            }
        }
        return r;
    }

    private static FontRegistry load() {
        Headless.ensure();
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        List<Family> list = new ArrayList<>();
        for (String[] spec : FILES) {
            Font regular = read(spec[1]);
            Font bold = spec[2] == null ? regular : read(spec[2]);
            ge.registerFont(regular);
            if (bold != regular) {
                ge.registerFont(bold);
            }
            list.add(new Family(spec[0], regular, bold, spec[1], spec[2] == null ? spec[1] : spec[2]));
        }
        return new FontRegistry(list);
    }

    private static Font read(String file) {
        try (InputStream in = open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("bundled font cannot be read: fonts/" + file, e);
        }
    }

    /** Opens a bundled TrueType file by its name in {@code fonts/}; the caller closes the stream. */
    public static InputStream open(String file) {
        String name = "fonts/" + file;
        InputStream in = FontRegistry.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled font missing from the class path: " + name);
        }
        return in;
    }

    /** Families in fallback order: Latin, Arabic, Hebrew, symbols, CJK. */
    public List<Family> families() {
        return families;
    }

    /** The primary family. */
    public Family primary() {
        return families.get(0);
    }

    public Family family(String name) {
        for (Family f : families) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** The first family whose face can draw the code point, or null when no bundled font can. */
    public Family familyFor(int codePoint, boolean bold) {
        for (Family f : families) {
            if (f.face(bold).canDisplay(codePoint)) {
                return f;
            }
        }
        return null;
    }

    /** The CSS {@code font-family} value naming only bundled families. */
    public String cssFamilyList() {
        return cssFamilyList;
    }

    /** Identifies the font set for cache keys. */
    public String fingerprint() {
        return fingerprint;
    }
}
