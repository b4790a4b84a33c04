package org.tweetorial.render.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tweetorial.core.Infographics;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.SampleInfographics;
import org.tweetorial.render.infographic.InfographicSize;
import org.tweetorial.render.infographic.LaidOutInfographic;
import org.tweetorial.render.infographic.RenderedInfographic;

/**
 * The workbench checks an infographic and then shows it: one layout serves both. A laid-out page renders to the same
 * bytes, problems and alt text as a render from scratch, and rendering it lays nothing out again.
 */
class InfographicLayoutReuseTest {

    private static DefaultInfographicRenderer renderer;
    private static Infographic info;

    @BeforeAll
    static void setUp() {
        renderer = new DefaultInfographicRenderer();
        info = Infographics.parse(SampleInfographics.CHARTS + "\n---\n\n<!-- panel: bar-chart -->\n## Not numbers\n\n"
                + "| Arm | Deaths |\n|---|---|\n| Usual care | many |\n");
    }

    private static RenderOptions options(OutputFormat format) {
        return RenderOptions.defaults().withSize(InfographicSize.PORTRAIT.layout()).withFormat(format)
                .withScale(1);
    }

    @Test
    void aCheckAndTheRenderThatFollowsItShareOneLayout() throws Exception {
        int before = renderer.layoutCount();
        LaidOutInfographic page = renderer.layOut(info, options(OutputFormat.PNG));
        List<Problem> problems = page.problems();
        RenderedInfographic shown = renderer.render(page);
        assertEquals(1, renderer.layoutCount() - before, "laid out once for the check and the picture");
        assertFalse(problems.isEmpty(), "the sample's bad table is found");
        assertEquals(problems, shown.problems());
        assertEquals(renderer.check(info, options(OutputFormat.PNG)), problems, "what check finds");
    }

    @Test
    void aLaidOutPageRendersWhatARenderFromScratchDoes() throws Exception {
        for (OutputFormat format : OutputFormat.values()) {
            RenderedInfographic scratch = renderer.render(info, options(format));
            LaidOutInfographic page = renderer.layOut(info, options(format));
            RenderedInfographic reused = renderer.render(page);
            assertArrayEquals(scratch.bytes(), reused.bytes(), format.toString());
            assertEquals(scratch.altText(), reused.altText());
            assertEquals(scratch.longDescription(), reused.longDescription());
            assertEquals(scratch.problems(), reused.problems());
            assertEquals(scratch.warnings(), reused.warnings());
            assertArrayEquals(scratch.bytes(), renderer.render(page).bytes(), format + ", drawn a second time");
        }
    }

    @Test
    void oneLayoutServesThe1xAndThe2xPicture() throws Exception {
        RenderedInfographic scratch = renderer.render(info, options(OutputFormat.PNG).withScale(2));
        LaidOutInfographic page = renderer.layOut(info, options(OutputFormat.PNG));
        renderer.render(page);
        int before = renderer.layoutCount();
        RenderedInfographic twice = renderer.render(page.atScale(2));
        assertEquals(0, renderer.layoutCount() - before, "the 2x picture reuses the layout");
        assertEquals(2 * page.options().pixelWidth(), twice.width());
        assertArrayEquals(scratch.bytes(), twice.bytes(), "the same pixels as a 2x render from scratch");
    }

    @Test
    void aPageTheRendererDidNotLayOutIsRefused() {
        LaidOutInfographic foreign = new LaidOutInfographic() {
            @Override
            public Infographic infographic() {
                return info;
            }

            @Override
            public RenderOptions options() {
                return InfographicLayoutReuseTest.options(OutputFormat.PNG);
            }

            @Override
            public List<Problem> problems() {
                return List.of();
            }

            @Override
            public LaidOutInfographic atScale(int scale) {
                return this;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> renderer.render(foreign));
    }
}
