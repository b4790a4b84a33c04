package org.tweetorial.render;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.tweetorial.render.internal.text.FontRegistry;

/**
 * The fonts the cards are drawn with, for outputs that must set text the same way (the PDF handout and slides).
 * Faces come in fallback order: Latin, Arabic, Hebrew, symbols, CJK. The CJK family has no bold face, so its
 * regular face stands in both chains. Machine fonts are never used.
 */
public final class BundledFonts {

    private BundledFonts() {
    }

    /** One TrueType face of a bundled family. Thread-safe. */
    public static final class Face {
        private final String family;
        private final boolean bold;
        private final String fileName;
        private final Font awtFont;
        private volatile byte[] ttf;

        private Face(String family, boolean bold, String fileName, Font awtFont) {
            this.family = family;
            this.bold = bold;
            this.fileName = fileName;
            this.awtFont = awtFont;
        }

        /** The CSS family name the cards use, e.g. {@code Noto Sans}. */
        public String family() {
            return family;
        }

        /** Whether this is the family's bold face (false for a regular face standing in for bold). */
        public boolean bold() {
            return bold;
        }

        /** The TrueType file's name, e.g. {@code NotoSans-Regular.ttf}. */
        public String fileName() {
            return fileName;
        }

        /** Whether the face has a glyph for the code point. */
        public boolean canDisplay(int codePoint) {
            return awtFont.canDisplay(codePoint);
        }

        /** A new stream over the TrueType file (read once per process, then served from memory). */
        public InputStream openTtf() {
            byte[] b = ttf;
            if (b == null) {
                try (InputStream in = FontRegistry.open(fileName)) {
                    b = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("bundled font cannot be read: " + fileName, e);
                }
                ttf = b;
            }
            return new ByteArrayInputStream(b);
        }

        @Override
        public String toString() {
            return fileName;
        }
    }

    /** Built on first use: loading the fonts takes a moment. */
    private static final class Chains {
        static final List<Face> REGULAR;
        static final List<Face> BOLD;

        static {
            List<Face> regular = new ArrayList<>();
            List<Face> bold = new ArrayList<>();
            for (FontRegistry.Family f : FontRegistry.get().families()) {
                Face r = new Face(f.name(), false, f.regularFile(), f.regular());
                regular.add(r);
                bold.add(f.boldFile().equals(f.regularFile()) ? r : new Face(f.name(), true, f.boldFile(), f.bold()));
            }
            REGULAR = List.copyOf(regular);
            BOLD = List.copyOf(bold);
        }
    }

    /** The faces to try, in order, for regular or bold text. */
    public static List<Face> fallbackChain(boolean bold) {
        return bold ? Chains.BOLD : Chains.REGULAR;
    }

    /** The primary (Latin) face: Noto Sans regular or bold. */
    public static Face primary(boolean bold) {
        return fallbackChain(bold).get(0);
    }
}
