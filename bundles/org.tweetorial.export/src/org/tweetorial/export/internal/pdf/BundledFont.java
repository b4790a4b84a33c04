package org.tweetorial.export.internal.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.tweetorial.render.CardRenderer;

/**
 * The fonts the cards use, read from the render bundle's {@code fonts/} folder through its class loader (the render
 * bundle has no public font API). In fallback order: Latin, Arabic, Hebrew, symbols, CJK.
 */
public enum BundledFont {
    NOTO_SANS("NotoSans-Regular.ttf"),
    NOTO_SANS_BOLD("NotoSans-Bold.ttf"),
    NOTO_SANS_ARABIC("NotoSansArabic-Regular.ttf"),
    NOTO_SANS_ARABIC_BOLD("NotoSansArabic-Bold.ttf"),
    NOTO_SANS_HEBREW("NotoSansHebrew-Regular.ttf"),
    NOTO_SANS_HEBREW_BOLD("NotoSansHebrew-Bold.ttf"),
    DEJAVU_SYMBOLS("DejaVuSans-Symbols.ttf"),
    DEJAVU_SYMBOLS_BOLD("DejaVuSans-Bold-Symbols.ttf"),
    DROID_CJK("DroidSansFallback-CJK.ttf");

    private static final BundledFont[] REGULAR = {NOTO_SANS, NOTO_SANS_ARABIC, NOTO_SANS_HEBREW, DEJAVU_SYMBOLS,
        DROID_CJK};
    private static final BundledFont[] BOLD = {NOTO_SANS_BOLD, NOTO_SANS_ARABIC_BOLD, NOTO_SANS_HEBREW_BOLD,
        DEJAVU_SYMBOLS_BOLD, DROID_CJK};

    private final String file;
    private volatile byte[] bytes;
    private volatile Font awtFont;

    BundledFont(String file) {
        this.file = file;
    }

    /** Fallback chain for regular or bold text. */
    public static BundledFont[] chain(boolean bold) {
        return (bold ? BOLD : REGULAR).clone();
    }

    /** The TrueType file's bytes, read once. */
    public byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            b = read();
            bytes = b;
        }
        return b;
    }

    /** Whether the font has a glyph for the code point (checked with AWT, which parses only the cmap once). */
    public boolean canDisplay(int codePoint) {
        Font f = awtFont;
        if (f == null) {
            try {
                f = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("bundled font " + file + " cannot be read", e);
            }
            awtFont = f;
        }
        return f.canDisplay(codePoint);
    }

    private byte[] read() {
        String name = "fonts/" + file;
        try (InputStream in = CardRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the render bundle: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font cannot be read: " + name, e);
        }
    }
}
