package org.tweetorial.render.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.text.Graphemes;
import org.tweetorial.render.internal.emoji.EmojiImages;

class TextFitterTest {

    private final TextMeasurer measurer = new TextMeasurer(FontRegistry.get(), EmojiImages.get()::isAvailable);
    private final TextFitter fitter = new TextFitter(measurer);
    private final TextStyle body = new TextStyle(false, 40, 20, 1.25, 0);

    private static void assertWithin(FittedText t, double w, double h) {
        assertTrue(t.height() <= h + 1e-6, () -> "height " + t.height() + " > " + h);
        for (FittedText.Line l : t.lines()) {
            assertTrue(l.width() <= w + 1e-6, () -> "line '" + l.text() + "' " + l.width() + " > " + w);
        }
    }

    @Test
    void wrapsByWordsAtMeasuredWidths() {
        FittedText t = fitter.fit("Sepsis is life-threatening organ dysfunction caused by infection", body, 400,
                1000);
        assertEquals(40, t.fontSize());
        assertTrue(t.lines().size() > 1);
        for (FittedText.Line l : t.lines()) {
            assertFalse(l.text().startsWith(" ") || l.text().endsWith(" "), l.text());
        }
        assertEquals("Sepsisislife-threateningorgandysfunctioncausedbyinfection", t.text().replace(" ", ""));
        assertTrue(t.lines().get(0).text().startsWith("Sepsis is"));
        assertWithin(t, 400, 1000);
    }

    @Test
    void aLineBreakOfThePostedTextStaysALineBreakOnTheCard() {
        FittedText t = fitter.fit("Them: anxiety.\nMe: troponin.", body, 1000, 1000);
        assertEquals(List.of("Them: anxiety.", "Me: troponin."), t.lines().stream().map(FittedText.Line::text).toList());
        FittedText joined = fitter.fit("Them: anxiety. Me: troponin.", body, 1000, 1000);
        assertEquals(1, joined.lines().size());
    }

    @Test
    void measuresWithTheBundledFontsBoldWider() {
        double regular = measurer.unitWidth("Hour-1 bundle", false);
        double bold = measurer.unitWidth("Hour-1 bundle", true);
        assertTrue(bold > regular, bold + " vs " + regular);
        assertEquals(regular * 2, measurer.unitWidth("Hour-1 bundleHour-1 bundle", false), regular * 0.02);
    }

    @Test
    void shrinksWithinTheMinimumThenEllipsises() {
        String longText = "word ".repeat(200).strip();
        FittedText t = fitter.fit(longText, body, 500, 200);
        assertEquals(20, t.fontSize(), 1e-9);
        assertTrue(t.truncated());
        assertTrue(t.lines().get(t.lines().size() - 1).text().endsWith("\u2026"));
        assertWithin(t, 500, 200);

        FittedText shrunk = fitter.fit("A statement that is a bit too long for its box at forty pixels", body, 500,
                120);
        assertTrue(shrunk.fontSize() < 40 && shrunk.fontSize() >= 20, "size " + shrunk.fontSize());
        assertFalse(shrunk.truncated());
        assertWithin(shrunk, 500, 120);
    }

    @Test
    void shrinksRatherThanBreakAWordButStillCutsALink() {
        TextStyle title = new TextStyle(true, 96, 30, 1.1, 0);
        double width = measurer.unitWidth("Hyponatraemia", true) * 80; // the word fits at 80 px, not at 96
        FittedText t = fitter.fit("Hyponatraemia in 5 posts", title, width / TextFitter.WIDTH_SAFETY, 1000);
        assertTrue(t.fontSize() < 96 && t.fontSize() >= 30, "size " + t.fontSize());
        assertTrue(t.lines().stream().anyMatch(l -> l.text().strip().startsWith("Hyponatraemia")),
                () -> "lines " + t.lines().stream().map(FittedText.Line::text).toList());

        String link = "https://doi.org/10.1056/NEJMoa2021436";
        FittedText cut = fitter.fit("See " + link, body, measurer.unitWidth(link, false) * 30, 1000);
        assertEquals(40, cut.fontSize(), 1e-9, "a link too long for the line is cut, not shrunk to fit");
    }

    @Test
    void neverSplitsGraphemeClusters() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String marks = "a\u0308\u0301";
        String word = java.text.Normalizer.normalize((family + marks + "\uD83C\uDDEC\uD83C\uDDED").repeat(12),
                java.text.Normalizer.Form.NFC);
        FittedText t = fitter.fit(word, body.withMaxLines(0), 200, 2000);
        assertTrue(t.lines().size() > 1);
        List<String> all = Graphemes.split(word);
        StringBuilder joined = new StringBuilder();
        for (FittedText.Line l : t.lines()) {
            List<String> gs = Graphemes.split(l.text());
            assertTrue(all.containsAll(gs), "line contains a broken cluster: " + l.text());
            joined.append(l.text());
        }
        assertEquals(word, joined.toString());
        assertWithin(t, 200, 2000);
    }

    @Test
    void cjkWrapsBetweenIdeographsAndRtlIsDetected() {
        String zh = "\u8D25\u8840\u75C7\u662F\u5371\u53CA\u751F\u547D\u7684\u5668\u5B98\u529F\u80FD\u969C\u788D\u3002"
                .repeat(3);
        FittedText t = fitter.fit(zh, body, 300, 2000);
        assertTrue(t.lines().size() > 2);
        assertFalse(t.rtl());
        assertWithin(t, 300, 2000);
        FittedText he = fitter.fit("\u05D0\u05DC\u05D7 \u05D4\u05D9\u05D0 Sepsis-3", body, 800, 200);
        assertTrue(he.rtl());
        FittedText ar = fitter.fit("\u0627\u0644\u0625\u0646\u062A\u0627\u0646 qSOFA", body, 800, 200);
        assertTrue(ar.rtl());
        assertFalse(fitter.fit("qSOFA \u05D0\u05DC\u05D7", body, 800, 200).rtl());
    }

    @Test
    void emojiBecomeImagePieces() {
        FittedText t = fitter.fit("Give antibiotics \uD83D\uDC8A now", body, 2000, 200);
        assertEquals(1, t.lines().size());
        assertTrue(t.lines().get(0).hasEmoji());
        assertEquals(3, t.lines().get(0).pieces().size());
    }

    @Test
    void unsupportedCharactersAreReportedAndReplaced() {
        fitter.drainUnsupported();
        FittedText t = fitter.fit("Thai \u0E01\u0E02 text", body, 2000, 200);
        assertEquals("Thai ?? text", t.text());
        assertEquals(List.of("\u0E01", "\u0E02"), fitter.drainUnsupported());
    }

    @Test
    void prettyWrapAvoidsALoneLastWordWithoutAddingLines() {
        String text = "Give fluids early, reassess often and start noradrenaline when the pressure stays low after it";
        TextStyle greedy = body.withSizes(30, 30);
        TextStyle pretty = greedy.withWrap(TextStyle.Wrap.PRETTY);
        int fixed = 0;
        for (int width = 300; width <= 900; width += 7) {
            FittedText g = fitter.fit(text, greedy, width, 2000);
            FittedText p = fitter.fit(text, pretty, width, 2000);
            assertEquals(g.lines().size(), p.lines().size(), "same number of lines at " + width);
            assertEquals(g.text().replace(" ", ""), p.text().replace(" ", ""));
            assertWithin(p, width, 2000);
            String last = g.lines().get(g.lines().size() - 1).text();
            String prettyLast = p.lines().get(p.lines().size() - 1).text();
            if (g.lines().size() > 1 && !last.contains(" ") && prettyLast.contains(" ")) {
                fixed++;
            }
        }
        assertTrue(fixed > 0, "some lone last words were given a companion");
    }

    @Test
    void balancedWrapEvensOutLinesWithoutAddingLines() {
        String text = "Sepsis is life-threatening organ dysfunction caused by a dysregulated host response to"
                + " infection";
        TextStyle greedy = body.withSizes(40, 40);
        TextStyle balanced = greedy.withWrap(TextStyle.Wrap.BALANCED);
        int checked = 0;
        for (int width = 500; width <= 1400; width += 13) {
            FittedText g = fitter.fit(text, greedy, width, 2000);
            FittedText b = fitter.fit(text, balanced, width, 2000);
            assertEquals(g.lines().size(), b.lines().size(), "same number of lines at " + width);
            assertWithin(b, width, 2000);
            double gLast = g.lines().get(g.lines().size() - 1).width();
            if (g.lines().size() >= 2 && gLast < 0.4 * g.maxLineWidth()) {
                checked++;
                double bLast = b.lines().get(b.lines().size() - 1).width();
                assertTrue(b.maxLineWidth() - bLast < g.maxLineWidth() - gLast, "balanced " + b.lines()
                        + " vs greedy " + g.lines());
            }
        }
        assertTrue(checked > 0, "some widths leave greedy a short last line");
    }

    @Test
    void curlyApostrophesDoNotEndALine() {
        String text = "I’m sure we can’t wait: l’homme qu’on voit n’est pas là, they’ll say it isn’t so";
        for (int width = 160; width <= 700; width += 11) {
            FittedText t = fitter.fit(text, body.withSizes(30, 30), width, 5000);
            for (FittedText.Line l : t.lines()) {
                assertFalse(l.text().endsWith("’"), "line ends with an apostrophe: " + l.text());
            }
        }
    }
}
