package org.tweetorial.export.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.tweetorial.core.text.Graphemes;
import org.tweetorial.render.BundledFonts;
import org.tweetorial.render.Emoji;

/**
 * Splits text into {@link Segment}s: each grapheme goes to the first bundled font that has all its characters; an
 * emoji (or a grapheme no font has) becomes a Twemoji image; anything else becomes a visible {@code [U+XXXX]}
 * stand-in and is remembered in {@link #missing()}, so that no character disappears silently. Arabic is shaped
 * into its contextual forms (ICU4J {@link ArabicShaping}, which the bundled Noto Sans Arabic covers) and runs of
 * right-to-left letters become their own segments, so that {@link PageFlow} can order them for display.
 */
public final class TextShaper {

    private static final ArabicShaping ARABIC = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    /** The direction a grapheme pulls its run to. */
    private enum Pull { LTR, RTL, NEUTRAL }

    private final PdfFonts fonts;
    private final Set<String> missing = new LinkedHashSet<>();

    public TextShaper(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Characters drawn as stand-ins so far, for the export summary. */
    public Set<String> missing() {
        return missing;
    }

    /** Segments of a text (a word or a few) in logical order. */
    public List<Segment> shape(String text, TextStyle style) {
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        BundledFonts.Face runFont = null;
        Pull runPull = Pull.NEUTRAL;
        for (String raw : Graphemes.split(text)) {
            String g = clean(raw);
            if (g.isEmpty()) {
                continue;
            }
            Optional<BundledFonts.Face> font = Emoji.isEmoji(g) ? Optional.empty() : fontFor(g, style.bold());
            Pull pull = pull(g);
            boolean sameDirection = pull == Pull.NEUTRAL || runPull == Pull.NEUTRAL || pull == runPull;
            if (font.isPresent() && font.get() == runFont && sameDirection) {
                run.append(g);
                runPull = runPull == Pull.NEUTRAL ? pull : runPull;
                continue;
            }
            flush(out, run, runFont, runPull, style);
            runPull = Pull.NEUTRAL;
            if (font.isPresent()) {
                runFont = font.get();
                runPull = pull;
                run.append(g);
            } else {
                runFont = null;
                out.add(nonText(g, style));
            }
        }
        flush(out, run, runFont, runPull, style);
        return out;
    }

    /** Width of a text in a style, as it will be drawn. */
    public float width(String text, TextStyle style) {
        float w = 0;
        for (Segment s : shape(text, style)) {
            w += s.width();
        }
        return w;
    }

    private static String clean(String grapheme) {
        String g = grapheme.replace('\t', ' ').replace('\u00A0', ' ');
        if (g.codePoints().allMatch(cp -> Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT)) {
            return "";
        }
        return g;
    }

    private static Optional<BundledFonts.Face> fontFor(String g, boolean bold) {
        for (BundledFonts.Face f : BundledFonts.fallbackChain(bold)) {
            if (g.codePoints().filter(cp -> cp != 0xFE0E && cp != 0xFE0F).allMatch(f::canDisplay)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Pull pull(String grapheme) {
        int cp = grapheme.codePointAt(0);
        return switch (UCharacter.getDirection(cp)) {
            case UCharacterDirection.RIGHT_TO_LEFT, UCharacterDirection.RIGHT_TO_LEFT_ARABIC -> Pull.RTL;
            case UCharacterDirection.LEFT_TO_RIGHT, UCharacterDirection.EUROPEAN_NUMBER,
                    UCharacterDirection.ARABIC_NUMBER -> Pull.LTR;
            default -> Pull.NEUTRAL;
        };
    }

    private void flush(List<Segment> out, StringBuilder run, BundledFonts.Face font, Pull pull, TextStyle style) {
        if (run.isEmpty()) {
            return;
        }
        String source = run.toString().replace("\uFE0E", "").replace("\uFE0F", "");
        String drawn = pull == Pull.RTL ? shapeArabic(source) : source;
        out.add(new Segment(Segment.Kind.TEXT, drawn, font, textWidth(font, drawn, style.size()), source,
                pull == Pull.RTL));
        run.setLength(0);
    }

    /** Arabic letters in their contextual forms (logical order); other text unchanged. */
    static String shapeArabic(String text) {
        boolean arabic = text.codePoints().anyMatch(cp -> cp >= 0x0600 && cp <= 0x06FF || cp >= 0x0750 && cp <= 0x077F);
        if (!arabic) {
            return text;
        }
        try {
            return ARABIC.shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    private Segment nonText(String g, TextStyle style) {
        if (Emoji.hasImage(g)) {
            return new Segment(Segment.Kind.EMOJI, g, null, style.size() * 1.1f);
        }
        missing.add(g);
        String label = Segment.missingLabel(g);
        BundledFonts.Face font = BundledFonts.primary(style.bold());
        return new Segment(Segment.Kind.MISSING, g, font, textWidth(font, label, style.size()));
    }

    private float textWidth(BundledFonts.Face font, String s, float size) {
        PDFont pd = fonts.pdFont(font);
        try {
            return pd.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
