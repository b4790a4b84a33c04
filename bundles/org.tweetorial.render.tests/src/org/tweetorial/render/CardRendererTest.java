package org.tweetorial.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.core.platform.Platform;

class CardRendererTest {

    private static CardRenderer renderer;

    @BeforeAll
    static void start() {
        renderer = CardRenderer.create();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    @Test
    void rendersPngAtPresetSizeAndScale() throws Exception {
        RenderedCard r = renderer.render(SampleCards.stat(), RenderOptions.defaults());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.bytes()));
        assertEquals(1200, img.getWidth());
        assertEquals(675, img.getHeight());
        RenderedCard r2 = renderer.render(SampleCards.stat(), RenderOptions.defaults().withScale(2)
                .withSize(CardSize.SQUARE));
        BufferedImage img2 = ImageIO.read(new ByteArrayInputStream(r2.bytes()));
        assertEquals(2160, img2.getWidth());
        assertEquals(2160, img2.getHeight());
        assertEquals(0xFFFFFF, img.getRGB(600, 5) & 0xFFFFFF, "light background");
        assertEquals(0x0E7490, img.getRGB(3, 300) & 0xFFFFFF, "accent bar");
    }

    @Test
    void paintsIntoTheCallersGraphicsScaledByTheCaller() throws Exception {
        BufferedImage img = new BufferedImage(600, 338, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(0.5, 0.5);
            List<String> warnings = renderer.paint(SampleCards.stat(), RenderOptions.defaults(), g);
            assertTrue(warnings.isEmpty(), warnings.toString());
        } finally {
            g.dispose();
        }
        assertEquals(0xFFFFFF, img.getRGB(300, 2) & 0xFFFFFF, "light background");
        assertEquals(0x0E7490, img.getRGB(1, 150) & 0xFFFFFF, "accent bar");
    }

    @Test
    void resultsAreCachedByContent() throws Exception {
        RenderOptions o = RenderOptions.defaults().withTheme(Themes.builtIn("dark").orElseThrow());
        RenderedCard a = renderer.render(SampleCards.quote(), o);
        RenderedCard b = renderer.render(SampleCards.quote(), o);
        assertSame(a, b);
        RenderedCard c = renderer.render(SampleCards.quote().toBuilder().numbering(7, 10).build(), o);
        assertNotEquals(a.key(), c.key());
        RenderedCard d = renderer.render(SampleCards.quote(), o.withTheme(Themes.builtIn("clinical").orElseThrow()));
        assertNotEquals(a.key(), d.key());
    }

    @Test
    void svgOutputNamesOnlyBundledFontsAndMarksRtl() throws Exception {
        RenderedCard r = renderer.render(SampleCards.international().get(1),
                RenderOptions.defaults().withFormat(OutputFormat.SVG));
        String svg = new String(r.bytes(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("direction=\"rtl\""), "rtl");
        assertTrue(svg.contains("unicode-bidi=\"embed\""), "bidi");
        Matcher m = Pattern.compile("font-family=\"([^\"]*)\"").matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
            for (String family : m.group(1).split(",")) {
                String f = family.strip().replace("'", "");
                assertTrue(f.equals("Noto Sans") || f.equals("Noto Sans Arabic") || f.equals("Noto Sans Hebrew")
                        || f.equals("DejaVu Sans") || f.equals("Droid Sans Fallback"), f);
            }
        }
        assertTrue(n > 3);
        assertFalse(svg.contains("<!DOCTYPE"));
        assertTrue(svg.contains("<title>"));
    }

    @Test
    void emojiAreDrawnAsImagesNotGlyphs() throws Exception {
        RenderedCard r = renderer.render(SampleCards.international().get(3),
                RenderOptions.defaults().withFormat(OutputFormat.SVG));
        String svg = new String(r.bytes(), StandardCharsets.UTF_8);
        assertTrue(svg.split("class=\"emoji\"", -1).length > 10, "emoji images");
        assertFalse(svg.contains("\uD83D\uDC4B"), "no emoji code points left in text");
    }

    @Test
    void altTextSaysWhatTheCardShowsAndCanBeOverridden() throws Exception {
        RenderedCard r = renderer.render(SampleCards.stat(), RenderOptions.defaults());
        assertEquals("Why it matters. Statistic: 1 in 5 deaths worldwide is associated with sepsis \u2014 about 11"
                + " million a year. Source: Rudd KE et al. Lancet 2020;395:200-211. By Dr Amara Okafor (@amara_em)."
                + " Card 3 of 10.", r.altText());
        Card own = SampleCards.stat().toBuilder().altText("Bar chart: one in five deaths.").build();
        assertEquals("Bar chart: one in five deaths.", renderer.altText(own));
        for (Card c : SampleCards.all()) {
            assertFalse(renderer.altText(c).isBlank(), c.layout().id());
        }
        assertTrue(renderer.altText(SampleCards.list()).contains("5. Vasopressors if MAP < 65 mmHg"));
    }

    @Test
    void visualAbstractAltTextNamesEveryField() {
        assertEquals("Visual abstract: SMART. Question: Does balanced crystalloid reduce death or kidney injury vs"
                + " saline in critically ill adults? Design: Cluster-randomised, multiple-crossover trial."
                + " Population: N = 15,802 ICU adults. Intervention: Balanced crystalloids. Comparator: 0.9% saline."
                + " Outcome: MAKE30: death, new dialysis or persistent kidney dysfunction."
                + " Result: 14.3% vs 15.4% (OR 0.90; 95% CI 0.82\u20130.99). Conclusion: Balanced crystalloids"
                + " lowered the composite of death, new dialysis or persistent kidney dysfunction."
                + " Source: N Engl J Med 2018;378:829-839 \u00B7 doi:10.1056/NEJMoa1711584."
                + " By Dr Amara Okafor (@amara_em). Card 8 of 10.", renderer.altText(SampleCards.visualAbstract()));
    }

    @Test
    void imageAltTextDescribesTheImageThenCaptionAndCredit() {
        Card described = SampleCards.image().toBuilder().body(new Card.Figure("Mottling score",
                "images/mottling.svg", "Mottling beyond the knee.", "Ait-Oufella 2011", "Mottled skin of both knees"))
                .build();
        assertEquals("Mottling score. Image: Mottled skin of both knees. Mottling beyond the knee."
                + " Credit: Ait-Oufella 2011. By Dr Amara Okafor (@amara_em). Card 5 of 10.",
                renderer.altText(described));
    }

    @Test
    void visualAbstractShowsComparatorAndCitation() throws Exception {
        String svg = new String(renderer.render(SampleCards.visualAbstract(),
                RenderOptions.defaults().withFormat(OutputFormat.SVG)).bytes(), StandardCharsets.UTF_8);
        for (String shown : List.of("COMPARATOR", "0.9% saline", "SMART", "doi:10.1056/NEJMoa1711584",
                "N Engl J Med 2018")) {
            assertTrue(svg.contains(shown), shown);
        }
    }

    @Test
    void concurrentCallersFromSeveralRenderersGetTheSameBytesAsSequentialOnes() throws Exception {
        java.util.List<Card> cards = SampleCards.all();
        RenderOptions o = RenderOptions.defaults().withTheme(Themes.builtIn("clinical").orElseThrow());
        java.util.List<byte[]> expected = new java.util.ArrayList<>();
        try (CardRenderer sequential = CardRenderer.create(0)) {
            for (Card c : cards) {
                expected.add(sequential.render(c, o).bytes());
            }
        }
        try (CardRenderer a = CardRenderer.create(0); CardRenderer b = CardRenderer.create(0)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                java.util.List<java.util.concurrent.Future<byte[]>> results = new java.util.ArrayList<>();
                for (int round = 0; round < 2; round++) {
                    for (Card c : cards) {
                        CardRenderer r = results.size() % 2 == 0 ? a : b;
                        results.add(pool.submit(() -> r.render(c, o).bytes()));
                    }
                }
                for (int i = 0; i < results.size(); i++) {
                    assertArrayEquals(expected.get(i % cards.size()), results.get(i).get(60, TimeUnit.SECONDS),
                            "card " + i);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void closedRendererRefusesWork() {
        CardRenderer r = CardRenderer.create(0);
        r.close();
        CardRenderException e = assertThrows(CardRenderException.class,
                () -> r.render(SampleCards.stat(), RenderOptions.defaults()));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void warmUpCompletes() throws Exception {
        renderer.warmUp().get(60, TimeUnit.SECONDS);
    }

    @Test
    void sizesParse() {
        assertEquals(new CardSize(1200, 675), CardSize.parse("x"));
        assertEquals(new CardSize(1600, 900), CardSize.parse("X-Large"));
        assertEquals(new CardSize(1080, 1080), CardSize.parse("square"));
        assertEquals(new CardSize(1080, 1350), CardSize.parse("portrait"));
        assertEquals(new CardSize(1920, 1080), CardSize.parse("slide"));
        assertEquals(new CardSize(800, 418), CardSize.parse("800x418"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CardSize.parse("huge"));
        assertTrue(e.getMessage().contains("x, x-large, square, portrait, slide"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CardSize.parse("10x10"));
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withScale(3));
    }

    @Test
    void theSamplesCoverEveryLayoutOfCore() {
        assertEquals(EnumSet.allOf(CardLayout.class),
                SampleCards.all().stream().map(Card::layout).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(CardLayout.class))));
    }

    @Test
    void oversizedPngsGetACompressionThatFits() throws Exception {
        RenderedCard r = renderer.render(SampleCards.image().toBuilder().numbering(5, 11).build(),
                RenderOptions.defaults().withScale(2).withSize(CardSize.SLIDE));
        List<Platform> posted = List.of(Platform.X, Platform.BLUESKY, Platform.MASTODON);
        assertTrue(ImageBudget.exceeded(r.bytes().length, posted).isEmpty());
        long limit = r.bytes().length / 3;
        ImageBudget.Compressed c = ImageBudget.compressToFit(r.bytes(), limit).orElseThrow();
        assertTrue(c.bytes().length <= limit, c.description());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(c.bytes()));
        assertEquals(3840, back.getWidth());
        assertEquals(List.of(Platform.BLUESKY), ImageBudget.exceeded(3_000_000, posted));
        assertEquals(posted, ImageBudget.exceeded(17L * 1024 * 1024, posted));
        assertEquals(List.of(), ImageBudget.exceeded(17L * 1024 * 1024, List.of(Platform.LINKEDIN)),
                "no published image limit, no warning");
        assertTrue(ImageBudget.warning(Platform.BLUESKY, 2_500_000).contains("2,000,000"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(r.bytes(), 4));
    }
}
