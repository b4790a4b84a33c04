package org.tweetorial.render.internal.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.Theme;
import org.tweetorial.render.internal.icons.HealthIcons;
import org.tweetorial.render.internal.image.LoadedImage;
import org.tweetorial.render.internal.layout.CardSvgBuilder;
import org.tweetorial.render.internal.layout.LayoutContext;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.w3c.dom.Element;

/**
 * Builds an infographic's SVG page: background, the grid of panels (each a group {@code class="panel panel-TYPE"}
 * whose first child is its box), each panel drawn by its painter, and the problems met while drawing (text cut,
 * unknown icons, unusable images), each on its panel's lines.
 */
public final class InfographicPage {

    /** The built page with the panels in reading order and the drawing problems. */
    public record Result(CardSvgBuilder.BuiltCard built, List<Panel> ordered, List<Problem> problems) {
    }

    /** Loads a project image for an image panel; null (with a warning) when it cannot be used. */
    @FunctionalInterface
    public interface Images {
        LoadedImage load(String path, List<String> warnings);
    }

    /** One layout tried: its drawing, its panels and the problems met drawing it. */
    private record Attempt(Element group, List<PageGrid.Placed> placed, List<Problem> problems, long cuts) {
    }

    /** Design size the panel measurements were made for. */
    private static final double DESIGN_AREA = 1080.0 * 1350.0;
    /** Layouts tried after the first, each giving rows with cut text more room. */
    private static final int MAX_ATTEMPTS = 5;

    private InfographicPage() {
    }

    public static Result build(CardSvgBuilder builder, Infographic info, Theme theme, CardSize size, Images images) {
        List<Problem> problems = new ArrayList<>();
        List<Panel> ordered = new ArrayList<>();
        String alt = InfographicAltText.shortText(info);
        CardSvgBuilder.BuiltCard built = builder.buildPage(theme, size, info.language(), info.title(), alt,
                page -> draw(page, info, images, problems, ordered));
        return new Result(built, List.copyOf(ordered), List.copyOf(problems));
    }

    private static void draw(LayoutContext page, Infographic info, Images images, List<Problem> problems,
            List<Panel> ordered) {
        double scale = Math.sqrt(page.width() * (double) page.height() / DESIGN_AREA);
        double margin = 40 * scale;
        double gap = 20 * scale;
        int columns = PageGrid.columns(info.columns(), page.width(), page.height(), info.panels());
        Box area = new Box(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin);
        IconDefs icons = new IconDefs(page.canvas(), HealthIcons.get());
        ChartPalette palette = new ChartPalette(page.colours());
        double line = new PanelPen(page, icons, palette, null, null, scale, problems).minFont() * 1.3;
        java.util.Map<Panel, Double> boost = new java.util.IdentityHashMap<>();
        Attempt best = null;
        for (int attempt = 0; attempt <= MAX_ATTEMPTS; attempt++) {
            List<Problem> drawn = new ArrayList<>();
            List<PageGrid.Placed> placed = PageGrid.layout(info.panels(), columns, area, gap, line,
                    p -> boost.getOrDefault(p, 1.0));
            Element panels = page.canvas().group(page.layer(), "panels");
            for (PageGrid.Placed p : placed) {
                drawPanel(page, p, panels, icons, palette, scale, images, drawn);
            }
            List<Panel> cut = placed.stream().map(PageGrid.Placed::panel).filter(p -> drawn.stream().anyMatch(
                    d -> d.ruleId().equals(PanelPen.RULE_TEXT_CUT) && d.range().equals(p.range()))).toList();
            long cuts = drawn.stream().filter(d -> d.ruleId().equals(PanelPen.RULE_TEXT_CUT)).count();
            Attempt now = new Attempt(panels, placed, drawn, cuts);
            if (best == null || cuts < best.cuts()) {
                if (best != null) {
                    page.layer().removeChild(best.group());
                }
                best = now;
            } else {
                page.layer().removeChild(panels);
            }
            if (cuts == 0) {
                break;
            }
            // Give the rows whose text was cut more of the page, and lay the page out again.
            cut.forEach(p -> boost.merge(p, 1.25, (a, b) -> a * b));
        }
        best.placed().forEach(p -> ordered.add(p.panel()));
        problems.addAll(best.problems());
        if (info.panels().isEmpty()) {
            FittedText t = page.fit("This infographic has no panels yet: write sections separated by lines ---",
                    page.style(false, 30, 1.2, 3), area.w(), area.h());
            page.draw(t, area.x(), area.y(), area.w(), TextAlign.START, page.colours().muted(), "empty");
        }
    }

    private static void drawPanel(LayoutContext page, PageGrid.Placed p, Element parent, IconDefs icons,
            ChartPalette palette, double scale, Images images, List<Problem> problems) {
        Element group = page.canvas().element(parent, "g", "class", "panel panel-" + p.panel().typeName());
        boolean banner = p.panel() instanceof Panel.Banner;
        boolean plain = p.panel() instanceof Panel.Footer || p.panel() instanceof Panel.Quote;
        String fill = banner ? page.colours().accent() : plain ? "none" : page.colours().surface();
        SvgCanvas c = page.canvas();
        c.rect(group, p.box().x(), p.box().y(), p.box().w(), p.box().h(), 16 * scale, fill)
                .setAttribute("class", "panel-box");
        PanelPen pen = new PanelPen(page, icons, palette, p.panel(), group, scale, problems);
        Box inner = p.box().inset(plain ? 8 * scale : 24 * scale);
        paint(pen, p.panel(), inner, images);
    }

    private static void paint(PanelPen pen, Panel panel, Box box, Images images) {
        switch (panel) {
            case Panel.Banner b -> TextPanelPainter.banner(pen, b, box);
            case Panel.KeyPoints k -> TextPanelPainter.points(pen, k, box);
            case Panel.BigNumber n -> TextPanelPainter.number(pen, n, box);
            case Panel.IconArray a -> IconArrayChart.draw(pen, a, box);
            case Panel.BarChart b -> BarChartSvg.draw(pen, b, box);
            case Panel.ForestPlot f -> ForestPlotSvg.draw(pen, f, box);
            case Panel.Steps s -> StepsPainter.draw(pen, s, box);
            case Panel.Comparison c -> TextPanelPainter.comparison(pen, c, box);
            case Panel.VisualAbstract v -> VisualAbstractPainter.draw(pen, v, box);
            case Panel.Quote q -> TextPanelPainter.quote(pen, q, box);
            case Panel.Image i -> ImagePainter.draw(pen, i, box, images);
            case Panel.Footer f -> TextPanelPainter.footer(pen, f, box);
        }
    }
}
