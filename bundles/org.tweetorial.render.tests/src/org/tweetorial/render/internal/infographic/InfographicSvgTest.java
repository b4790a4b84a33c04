package org.tweetorial.render.internal.infographic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tweetorial.core.Infographics;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.SampleInfographics;
import org.tweetorial.render.Theme;
import org.tweetorial.render.Themes;
import org.tweetorial.render.infographic.InfographicRenderer;
import org.tweetorial.render.infographic.InfographicSize;
import org.tweetorial.render.infographic.RenderedInfographic;
import org.tweetorial.render.internal.svg.SafeXml;
import org.tweetorial.render.internal.text.FontRegistry;
import org.tweetorial.render.internal.text.TextMeasurer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the generated SVG: text inside panels, data drawn to scale, icon counts, alt text with the numbers. */
class InfographicSvgTest {

    private static InfographicRenderer renderer;
    private static Infographic info;
    private static RenderedInfographic rendered;
    private static Document svg;

    @BeforeAll
    static void render() throws Exception {
        renderer = InfographicRenderer.create();
        info = Infographics.parse(SampleInfographics.CHARTS);
        rendered = renderer.render(info, options());
        svg = SafeXml.parse(new String(rendered.bytes(), StandardCharsets.UTF_8));
    }

    static RenderOptions options() {
        return RenderOptions.defaults().withSize(InfographicSize.PORTRAIT.layout()).withFormat(OutputFormat.SVG);
    }

    private static List<Element> elements(String name, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("*", name);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cssClass == null || e.getAttribute("class").equals(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void theSampleFitsWithoutCutText() {
        assertEquals(List.of(), rendered.problems(), rendered.problems().toString());
        assertEquals(5, elements("rect", "panel-box").size());
    }

    @Test
    void everyTextLiesInsideItsPanel() {
        TextMeasurer measurer = new TextMeasurer(FontRegistry.get(), g -> false);
        List<Element> texts = elements("text", null);
        assertTrue(texts.size() > 30, "texts: " + texts.size());
        for (Element t : texts) {
            Element group = (Element) t.getParentNode();
            Element box = panelBox(t);
            double size = Double.parseDouble(group.getAttribute("font-size"));
            boolean bold = "bold".equals(group.getAttribute("font-weight"));
            double w = measurer.unitWidth(t.getTextContent(), bold) * size;
            double x = num(t, "x");
            String anchor = t.getAttribute("text-anchor");
            double left = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
            double y = num(t, "y");
            String what = "'" + t.getTextContent() + "' (" + left + ".." + (left + w) + ", " + y + ") in " + box
                    .getAttribute("x") + "," + box.getAttribute("y") + " " + box.getAttribute("width") + "x"
                    + box.getAttribute("height");
            assertTrue(left >= num(box, "x") - 1 && left + w <= num(box, "x") + num(box, "width") + 1, what);
            assertTrue(y - 0.75 * size >= num(box, "y") - 1 && y + 0.25 * size <= num(box, "y") + num(box, "height")
                    + 1, what);
        }
    }

    private static Element panelBox(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element g; n = n.getParentNode()) {
            if (g.getAttribute("class").startsWith("panel ")) {
                return (Element) g.getElementsByTagNameNS("*", "rect").item(0);
            }
        }
        throw new AssertionError("text outside any panel: " + e.getTextContent());
    }

    @Test
    void barLengthsAreProportionalToTheValues() {
        Panel.BarChart chart = (Panel.BarChart) info.panels().get(2);
        List<Element> bars = elements("rect", "bar");
        assertEquals(chart.bars().size(), bars.size());
        double perUnit = num(bars.get(0), "width") / chart.bars().get(0).value();
        for (int i = 0; i < bars.size(); i++) {
            double expected = chart.bars().get(i).value() * perUnit;
            assertEquals(expected, num(bars.get(i), "width"), 1.0, "bar " + i);
        }
        double x0 = num(bars.get(0), "x");
        bars.forEach(b -> assertEquals(x0, num(b, "x"), 0.01, "bars start at the zero line"));
    }

    @Test
    void forestDotsSitAtTheirEstimatesOnALogScale() {
        Panel.ForestPlot plot = (Panel.ForestPlot) info.panels().get(3);
        List<Element> dots = elements("rect", "estimate");
        assertEquals(3, dots.size());
        double[] x = new double[3];
        for (int i = 0; i < 3; i++) {
            x[i] = num(dots.get(i), "x") + num(dots.get(i), "width") / 2;
        }
        double perLog = (x[1] - x[0]) / (Math.log(plot.rows().get(1).estimate()) - Math.log(plot.rows().get(0)
                .estimate()));
        double expected = x[0] + perLog * (Math.log(plot.rows().get(2).estimate()) - Math.log(plot.rows().get(0)
                .estimate()));
        assertEquals(expected, x[2], 1.0);
        Element line = elements("line", "no-effect").get(0);
        double atOne = x[0] + perLog * (Math.log(1.0) - Math.log(plot.rows().get(0).estimate()));
        assertEquals(atOne, num(line, "x1"), 1.0, "line of no effect at 1");
        List<Element> cis = elements("line", "ci");
        for (int i = 0; i < 3; i++) {
            double lo = x[0] + perLog * (Math.log(plot.rows().get(i).low()) - Math.log(plot.rows().get(0).estimate()));
            assertEquals(lo, num(cis.get(i), "x1"), 1.0, "lower limit of row " + i);
        }
        assertEquals(1, elements("path", "pooled").size());
    }

    @Test
    void theIconArrayHasTheRightCounts() {
        assertEquals(23, elements("use", "icon-array-g0").size());
        assertEquals(7, elements("use", "icon-array-g1").size());
        assertEquals(70, elements("use", "icon-array-rest").size());
        assertEquals(1, elements("symbol", null).stream().filter(s -> s.getAttribute("id").equals("icon-person"))
                .count(), "the icon is defined once");
    }

    @Test
    void altTextStatesTheNumbers() {
        String alt = rendered.altText();
        for (String expected : new String[] { "23 in 100 had a stroke", "7 in 100 had a bleed", "70 in 100 no event",
            "Ventilated 29.3%", "None 17.8%", "First 0.64 (0.51 to 0.81), favours a",
            "Third 1.19 (0.92 to 1.55), crosses the line of no effect" }) {
            assertTrue(alt.contains(expected), () -> "missing '" + expected + "' in " + alt);
        }
        assertTrue(rendered.longDescription().contains("References: One reference"), rendered.longDescription());
        assertEquals(rendered.altText(), svg.getDocumentElement().getElementsByTagNameNS("*", "title").item(0)
                .getTextContent());
    }

    @Test
    void textThatDoesNotFitIsReportedOnItsPanelLine() throws Exception {
        String longText = "word ".repeat(4000);
        Infographic crowded = Infographics.parse("---\nkind: infographic\n---\n# T\n\n---\n\n<!-- panel: points -->\n"
                + "- " + longText + "\n");
        List<Problem> problems = renderer.check(crowded, options());
        Problem cut = problems.stream().filter(p -> p.ruleId().equals("infographic-text-cut")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(8, cut.range().startLine());
    }

    @Test
    void lowContrastThemesAreErrors() throws Exception {
        Theme light = Themes.builtIn("light").orElseThrow();
        Theme.Palette p = light.palette();
        Theme pale = new Theme("pale", "Pale", new Theme.Palette(p.background(), p.surface(), "#BBBBBB", p.muted(),
                p.accent(), p.accent2(), p.onAccent(), p.rule()), 20, "", "");
        List<Problem> problems = renderer.check(info, options().withTheme(pale));
        assertTrue(problems.stream().anyMatch(x -> x.ruleId().equals("infographic-low-contrast") && x.isError()
                && x.message().contains("text")), problems.toString());
        assertFalse(renderer.check(info, options()).stream().anyMatch(x -> x.ruleId().contains("contrast")));
    }

    @Test
    void unknownIconsAreWarningsAndTheChartPaletteKeepsContrast() throws Exception {
        Infographic i = Infographics.parse("---\nkind: infographic\n---\n<!-- panel: points -->\n- :no-such-icon: x\n");
        List<Problem> problems = renderer.check(i, options());
        assertTrue(problems.stream().anyMatch(p -> p.ruleId().equals("infographic-icon-unknown")
                && p.range().startLine() == 4), problems.toString());
        for (String id : Themes.builtInNames()) {
            Theme t = Themes.builtIn(id).orElseThrow();
            ChartPalette palette = new ChartPalette(t.palette());
            assertTrue(palette.usable() >= 3, id);
            for (int k = 0; k < palette.usable(); k++) {
                assertTrue(org.tweetorial.render.internal.theme.Contrast.ratio(palette.series(k),
                        t.palette().surface()) >= 3.0, id + " series " + k);
            }
        }
    }

    @Test
    void everySizeRenders() throws Exception {
        for (String size : new String[] { "portrait", "story", "square", "landscape", "a4" }) {
            RenderedInfographic r = renderer.render(info, options().withSize(InfographicSize.parse(size).layout())
                    .withFormat(OutputFormat.PNG));
            assertEquals(InfographicSize.parse(size).layout().width(), r.width(), size);
            assertTrue(r.bytes().length > 1000, size);
        }
        RenderedInfographic twice = renderer.render(info, options().withFormat(OutputFormat.PNG).withScale(2));
        assertEquals(2160, twice.width());
    }
}
