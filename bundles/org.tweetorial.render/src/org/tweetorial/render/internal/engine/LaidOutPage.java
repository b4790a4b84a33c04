package org.tweetorial.render.internal.engine;

import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.infographic.LaidOutInfographic;
import org.tweetorial.render.internal.infographic.InfographicPage;

/**
 * {@link DefaultInfographicRenderer}'s laid-out page: the built SVG document (touched only on the render thread) and
 * the problems found building it.
 */
record LaidOutPage(Infographic infographic, RenderOptions options, InfographicPage.Result page,
        List<Problem> problems) implements LaidOutInfographic {

    LaidOutPage {
        problems = List.copyOf(problems);
    }

    @Override
    public LaidOutInfographic atScale(int scale) {
        return new LaidOutPage(infographic, options.withScale(scale), page, problems);
    }

    /** The page behind the public type. */
    static LaidOutPage of(LaidOutInfographic laidOut) {
        if (laidOut instanceof LaidOutPage page) {
            return page;
        }
        throw new IllegalArgumentException("not laid out by InfographicRenderer.layOut: " + laidOut);
    }
}
