package org.tweetorial.render.internal.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.tweetorial.core.text.Graphemes;

/**
 * Measures text with the bundled fonts (the same {@link Font} objects Batik renders with), assigning each grapheme
 * to the first bundled family that can draw it. Widths are computed at a reference size and scale linearly because
 * measuring uses fractional metrics without hinting. Not thread-safe: one instance per render thread.
 */
public final class TextMeasurer {

    /** Advance of an emoji image, in em. */
    public static final double EMOJI_ADVANCE = 1.18;

    private static final float REF = 100f;
    private static final int CACHE_LIMIT = 20_000;

    private final FontRegistry fonts;
    private final Predicate<String> emojiAvailable;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Map<String, Double> widthCache = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > CACHE_LIMIT;
        }
    };
    private final Map<FontRegistry.Family, Font> refRegular = new LinkedHashMap<>();
    private final Map<FontRegistry.Family, Font> refBold = new LinkedHashMap<>();

    public TextMeasurer(FontRegistry fonts, Predicate<String> emojiAvailable) {
        this.fonts = fonts;
        this.emojiAvailable = emojiAvailable;
        for (FontRegistry.Family f : fonts.families()) {
            refRegular.put(f, f.regular().deriveFont(REF));
            refBold.put(f, f.bold().deriveFont(REF));
        }
    }

    public FontRegistry fonts() {
        return fonts;
    }

    /** True when this grapheme is drawn as an emoji image. */
    public boolean isEmojiImage(String cluster) {
        return EmojiClusters.isEmoji(cluster) && emojiAvailable.test(cluster);
    }

    /**
     * Replaces graphemes no bundled font can draw (and that are not available emoji) with U+FFFD-like '?' marks.
     *
     * @param unsupported receives the replaced graphemes
     */
    public String coverable(String text, List<String> unsupported) {
        StringBuilder sb = new StringBuilder(text.length());
        for (String g : Graphemes.split(text)) {
            if (isEmojiImage(g) || familyFor(g, false) != null) {
                sb.append(g);
            } else if (g.codePoints().allMatch(cp -> Character.getType(cp) == Character.FORMAT)) {
                sb.append(g);
            } else {
                unsupported.add(g);
                sb.append('?');
            }
        }
        return sb.toString();
    }

    FontRegistry.Family familyFor(String cluster, boolean bold) {
        int first = cluster.codePointAt(0);
        for (FontRegistry.Family f : fonts.families()) {
            Font face = f.face(bold);
            if (face.canDisplay(first) && face.canDisplayUpTo(cluster) == -1) {
                return f;
            }
        }
        if (first == 0x200D || first == 0xFE0F || Character.getType(first) == Character.FORMAT) {
            return fonts.primary();
        }
        for (FontRegistry.Family f : fonts.families()) {
            if (f.face(bold).canDisplay(first)) {
                return f;
            }
        }
        return null;
    }

    /** Splits text into text runs and emoji clusters with widths at unit size (1 px font). */
    public List<FittedText.Piece> pieces(String text, boolean bold) {
        List<FittedText.Piece> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String g : Graphemes.split(text)) {
            if (isEmojiImage(g)) {
                if (!run.isEmpty()) {
                    out.add(new FittedText.Piece(run.toString(), false, unitWidth(run.toString(), bold)));
                    run.setLength(0);
                }
                out.add(new FittedText.Piece(g, true, EMOJI_ADVANCE));
            } else {
                run.append(g);
            }
        }
        if (!run.isEmpty()) {
            out.add(new FittedText.Piece(run.toString(), false, unitWidth(run.toString(), bold)));
        }
        return out;
    }

    /** Width of text (no emoji images) for a 1 px font. */
    public double unitWidth(String text, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        String key = (bold ? 'B' : 'R') + text;
        Double cached = widthCache.get(key);
        if (cached != null) {
            return cached;
        }
        double total = 0;
        FontRegistry.Family current = null;
        StringBuilder run = new StringBuilder();
        for (String g : Graphemes.split(text)) {
            FontRegistry.Family f = familyFor(g, bold);
            if (f == null) {
                f = fonts.primary();
            }
            if (f != current && !run.isEmpty()) {
                total += advance(run.toString(), current, bold);
                run.setLength(0);
            }
            current = f;
            run.append(g);
        }
        if (!run.isEmpty()) {
            total += advance(run.toString(), current, bold);
        }
        double w = total / REF;
        widthCache.put(key, w);
        return w;
    }

    private double advance(String run, FontRegistry.Family family, boolean bold) {
        Font f = (bold ? refBold : refRegular).get(family);
        if (run.isBlank()) {
            return f.getStringBounds(run, frc).getWidth();
        }
        return new TextLayout(run, f, frc).getAdvance();
    }

    /** Largest ascent and descent (per 1 px font) over the families the text uses. */
    public double[] unitAscentDescent(String text, boolean bold) {
        double asc = 0;
        double desc = 0;
        boolean any = false;
        for (FontRegistry.Family f : familiesUsed(text, bold)) {
            LineMetrics lm = (bold ? refBold : refRegular).get(f).getLineMetrics("Hg", frc);
            asc = Math.max(asc, lm.getAscent() / REF);
            desc = Math.max(desc, lm.getDescent() / REF);
            any = true;
        }
        if (!any) {
            LineMetrics lm = refRegular.get(fonts.primary()).getLineMetrics("Hg", frc);
            asc = lm.getAscent() / REF;
            desc = lm.getDescent() / REF;
        }
        return new double[] {asc, desc};
    }

    private List<FontRegistry.Family> familiesUsed(String text, boolean bold) {
        List<FontRegistry.Family> used = new ArrayList<>();
        for (String g : Graphemes.split(text)) {
            if (isEmojiImage(g)) {
                continue;
            }
            FontRegistry.Family f = familyFor(g, bold);
            if (f != null && !used.contains(f)) {
                used.add(f);
            }
        }
        return used;
    }
}
