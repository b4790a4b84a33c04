package org.tweetorial.render.infographic;

import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.RenderOptions;

/**
 * An infographic laid out once for one set of options ({@link InfographicRenderer#layOut}): its problems are known,
 * and {@link InfographicRenderer#render(LaidOutInfographic)} draws it without laying it out again, so a check and
 * the picture that follows it share one layout. Only the renderer that made it (or another from
 * {@link InfographicRenderer#create()}) can render it. Immutable to callers.
 */
public interface LaidOutInfographic {

    /** The infographic that was laid out. */
    Infographic infographic();

    /** The options it was laid out with; rendering uses their scale and format too. */
    RenderOptions options();

    /**
     * The file's problems plus those found laying the page out (text cut, unknown icons, low contrast), in line
     * order: what {@link InfographicRenderer#check} returns for the same infographic and options.
     */
    List<Problem> problems();

    /**
     * The same layout to be drawn at another pixel density (the layout is in CSS pixels, so a 2x PNG needs no second
     * one): rendering it gives the same bytes as rendering the infographic with {@code options().withScale(scale)}.
     */
    LaidOutInfographic atScale(int scale);
}
