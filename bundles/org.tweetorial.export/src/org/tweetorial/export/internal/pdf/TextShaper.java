package org.tweetorial.export.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.tweetorial.render.BundledFonts;
import org.tweetorial.render.Emoji;

/**
 * Splits text into {@link Segment}s: each grapheme goes to the first bundled font that has all its characters; an
 * emoji (or a grapheme no font has) becomes a Twemoji image; anything else becomes a visible {@code [U+XXXX]}
 * stand-in and is remembered in {@link #missing()}, so that no character disappears silently.
 */
public final class TextShaper {

    private final PdfFonts fonts;
    private final Set<String> missing = new LinkedHashSet<>();

    public TextShaper(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Characters drawn as stand-ins so far, for the export summary. */
    public Set<String> missing() {
        return missing;
    }

    public List<Segment> shape(String text, TextStyle style) {
        List<Segment> out = new ArrayList<>();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        StringBuilder run = new StringBuilder();
        BundledFonts.Face runFont = null;
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE;
                start = end, end = graphemes.next()) {
            String g = clean(text.substring(start, end));
            if (g.isEmpty()) {
                continue;
            }
            Optional<BundledFonts.Face> font = Emoji.isEmoji(g) ? Optional.empty() : fontFor(g, style.bold());
            if (font.isPresent() && font.get() == runFont) {
                run.append(g);
                continue;
            }
            flush(out, run, runFont, style);
            if (font.isPresent()) {
                runFont = font.get();
                run.append(g);
            } else {
                runFont = null;
                out.add(nonText(g, style));
            }
        }
        flush(out, run, runFont, style);
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

    private void flush(List<Segment> out, StringBuilder run, BundledFonts.Face font, TextStyle style) {
        if (run.isEmpty()) {
            return;
        }
        String s = run.toString().replace("\uFE0E", "").replace("\uFE0F", "");
        out.add(new Segment(Segment.Kind.TEXT, s, font, textWidth(font, s, style.size())));
        run.setLength(0);
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
