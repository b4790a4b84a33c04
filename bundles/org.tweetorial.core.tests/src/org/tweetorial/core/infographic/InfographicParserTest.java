package org.tweetorial.core.infographic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Infographics;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;

/** Reading infographic files: panel types, placement overrides and the problems with their lines. */
class InfographicParserTest {

    private static final String HEAD = "---\nkind: infographic\ntitle: T\nlicence: CC BY 4.0\n---\n";

    private static List<Problem> problems(Infographic i, String rule) {
        return i.problems().stream().filter(p -> p.ruleId().equals(rule)).toList();
    }

    @Test
    void kindInFrontMatterMakesAFileAnInfographic() {
        assertTrue(Infographics.isInfographic(HEAD + "# x\n"));
        assertTrue(Infographics.isInfographic("---\ntitle: a\nkind: \"infographic\"\n---\nbody"));
        assertFalse(Infographics.isInfographic("---\ntitle: a\nplatforms: [x]\n---\nkind: infographic\n"));
        assertFalse(Infographics.isInfographic("# no front matter\nkind: infographic\n"));
    }

    @Test
    void frontMatterKeysOfInfographicsAreKnown() {
        Infographic i = Infographics.parse("---\nkind: infographic\ntitle: T\nsubtitle: S\nlicence: CC BY 4.0\n"
                + "size: story\ncolumns: 2\nalt: My alt\n---\n# Banner\n");
        assertEquals(List.of(), i.problems());
        assertEquals("S", i.subtitle());
        assertEquals("CC BY 4.0", i.licence());
        assertEquals("story", i.size());
        assertEquals(2, i.columns());
        assertEquals("My alt", i.alt());
    }

    @Test
    void everySizeTheRendererKnowsIsAcceptedAndOthersAreNamed() {
        for (String size : List.of("portrait", "story", "square", "landscape", "a4", "A3", "letter", "1080x1350")) {
            Infographic i = Infographics.parse("---\nkind: infographic\nsize: " + size + "\n---\n# Banner\n");
            assertEquals(List.of(), i.problems(), size);
        }
        Infographic bad = Infographics.parse("---\nkind: infographic\nsize: a5\n---\n# Banner\n");
        assertEquals(1, bad.problems().size(), bad.problems().toString());
        assertTrue(bad.problems().get(0).message().contains("'a5'"), bad.problems().get(0).message());
        assertEquals(3, bad.problems().get(0).range().startLine(), "the line of size:");
    }

    @Test
    void panelsAreTypedByTheirLineOrTheirContent() {
        Infographic i = Infographics.parse(HEAD + "# Title\n\nSub\n\n---\n\n## 1 in 3\n\ncaption\n\nSource: S\n\n---\n\n"
                + "| Drug | Rate |\n|---|---|\n| A | 12.5 |\n| B | 20% |\n\n---\n\n"
                + "<!-- panel: icon-array total=10 icon=person -->\n## Risk\n\n- 3 had it\n- rest: did not\n\n---\n\n"
                + "1. Stable?\n   - Yes: go on\n   - No: shock\n2. Treat\n\n---\n\n> Quote text\n> — Someone\n\n---\n\n"
                + "## References\n\n- Ref one\n");
        List<Panel> p = i.panels();
        assertEquals(7, p.size(), p.toString());
        Panel.Banner b = assertInstanceOf(Panel.Banner.class, p.get(0));
        assertEquals("Title", b.title());
        assertEquals("Sub", b.subtitle());
        Panel.BigNumber n = assertInstanceOf(Panel.BigNumber.class, p.get(1));
        assertEquals("1 in 3", n.value());
        assertEquals("S", n.source());
        Panel.BarChart bars = assertInstanceOf(Panel.BarChart.class, p.get(2));
        assertEquals(20.0, bars.bars().get(1).value());
        Panel.IconArray a = assertInstanceOf(Panel.IconArray.class, p.get(3));
        assertEquals(10, a.total());
        assertEquals(3, a.groups().get(0).count());
        assertEquals(7, a.rest());
        assertEquals("did not", a.restLabel());
        Panel.Steps s = assertInstanceOf(Panel.Steps.class, p.get(4));
        assertEquals("go on", s.steps().get(0).yes());
        assertEquals("shock", s.steps().get(0).no());
        assertFalse(s.steps().get(1).isQuestion());
        Panel.Quote q = assertInstanceOf(Panel.Quote.class, p.get(5));
        assertEquals("Someone", q.attribution());
        Panel.Footer f = assertInstanceOf(Panel.Footer.class, p.get(6));
        assertEquals(List.of("Ref one"), f.references());
        assertEquals("CC BY 4.0", f.licence());
        assertEquals(List.of(), i.problems());
    }

    @Test
    void forestPlotReadsEstimatesPooledRowsAndFavoursLabels() {
        Infographic i = Infographics.parse(HEAD + "<!-- panel: forest favours-left=\"Favours A\" right=\"Favours B\" -->\n"
                + "| Study | HR | Lower | Upper | Weight |\n|---|---|---|---|---|\n| S1 | 0.8 | 0.6 | 1.1 | 40 |\n"
                + "| **Overall** | 0.74 | 0.65 | 0.85 | |\n");
        Panel.ForestPlot f = assertInstanceOf(Panel.ForestPlot.class, i.panels().get(0));
        assertTrue(f.logScale());
        assertEquals(1.0, f.noEffect());
        assertEquals("Favours A", f.favoursLeft());
        assertEquals("Favours B", f.favoursRight());
        assertFalse(f.rows().get(0).pooled());
        assertTrue(f.rows().get(1).pooled());
        assertEquals(40.0, f.rows().get(0).weight());
    }

    @Test
    void aCellThatIsNotANumberIsAnErrorOnItsLine() {
        Infographic i = Infographics.parse(HEAD + "| Drug | Rate |\n|---|---|\n| A | 12 |\n| B | lots |\n");
        List<Problem> found = problems(i, "infographic-table-not-numeric");
        assertEquals(1, found.size(), i.problems().toString());
        assertEquals(9, found.get(0).range().startLine());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).message().contains("'lots'"), found.get(0).message());
    }

    @Test
    void anEstimateOutsideItsIntervalIsAnError() {
        Infographic i = Infographics.parse(HEAD + "<!-- panel: forest -->\n| S | OR | L | U |\n|---|---|---|---|\n"
                + "| a | 2 | 0.5 | 1.5 |\n");
        Problem outside = problems(i, "infographic-table-not-numeric").stream()
                .filter(p -> p.message().contains("not between")).findFirst().orElseThrow();
        assertEquals(9, outside.range().startLine());
    }

    @Test
    void aVisualAbstractWithoutNOrDesignIsAnErrorOnItsPanelLine() {
        Infographic i = Infographics.parse(HEAD + "\n<!-- panel: visual-abstract -->\nPopulation: adults\n"
                + "Intervention: A\nComparator: B\nOutcome: death\nResult: 1% vs 2%\nDOI: 10.1/x\n");
        List<Problem> found = problems(i, "infographic-visual-abstract");
        List<Problem> errors = found.stream().filter(Problem::isError).toList();
        assertEquals(2, errors.size(), found.toString());
        assertTrue(errors.get(0).message().contains("no N"));
        assertTrue(errors.get(1).message().contains("no design"));
        assertEquals(7, errors.get(0).range().startLine());
        Infographic ok = Infographics.parse(HEAD + "<!-- panel: visual-abstract -->\nPopulation: adults\nN: 100\n"
                + "Design: RCT\nIntervention: A\nComparator: B\nOutcome: death\nResult: 1% vs 2%\nDOI: 10.1/x\n");
        assertEquals(List.of(), ok.problems());
    }

    @Test
    void badPanelLinesAreReportedAndTheRestStillReads() {
        Infographic i = Infographics.parse(HEAD + "<!-- panel: pie span=5 -->\n- a point\n\n---\n\n"
                + "<!-- panel: icon-array total=10 -->\n- 8 a\n- 5 b\n");
        assertEquals(1, problems(i, "infographic-panel-type").size());
        assertEquals(1, problems(i, "infographic-attribute").size());
        assertEquals(6, problems(i, "infographic-panel-type").get(0).range().startLine());
        assertTrue(problems(i, "infographic-icon-array").get(0).message().contains("13"));
        assertInstanceOf(Panel.KeyPoints.class, i.panels().get(0));
        assertEquals(0, i.panels().get(0).placement().span());
    }

    @Test
    void spanAndOrderOverridesAreRead() {
        Infographic i = Infographics.parse(HEAD + "<!-- panel: points span=2 order=3 -->\n- a\n");
        assertEquals(new Placement(2, 3), i.panels().get(0).placement());
    }

    @Test
    void keyPointsTakeTheirLeadingIcon() {
        Infographic i = Infographics.parse(HEAD + "<!-- panel: points -->\n- :lungs: Breathe\n- plain **bold**\n");
        Panel.KeyPoints k = assertInstanceOf(Panel.KeyPoints.class, i.panels().get(0));
        assertEquals(new Panel.Point("lungs", "Breathe"), k.points().get(0));
        assertEquals(new Panel.Point("", "plain bold"), k.points().get(1));
    }
}
