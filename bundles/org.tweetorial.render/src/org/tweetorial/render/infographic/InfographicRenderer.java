package org.tweetorial.render.infographic;

import java.awt.Graphics2D;
import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.internal.engine.DefaultInfographicRenderer;

/**
 * Renders infographics on the card renderer's worker thread, with its fonts, emoji, themes and locked-down Batik
 * user agent (no scripts, no network, images only from the project folder). Safe to call from any thread.
 */
public interface InfographicRenderer {

    static InfographicRenderer create() {
        return new DefaultInfographicRenderer();
    }

    /** Renders the page at the options' size, scale and format (PNG or SVG): lays it out, then draws it. */
    RenderedInfographic render(Infographic infographic, RenderOptions options) throws CardRenderException;

    /**
     * Lays the page out at the options' size (the costly step: text fitting, the grid, charts) without drawing it;
     * its {@linkplain LaidOutInfographic#problems() problems} are those {@link #check} finds, and
     * {@link #render(LaidOutInfographic)} draws it.
     */
    LaidOutInfographic layOut(Infographic infographic, RenderOptions options) throws CardRenderException;

    /**
     * Draws a page laid out by {@link #layOut} at its options' scale and format: the same bytes as
     * {@link #render(Infographic, RenderOptions)} with those options, without laying the page out again.
     *
     * @throws IllegalArgumentException when {@code page} was not made by {@link #layOut}
     */
    RenderedInfographic render(LaidOutInfographic page) throws CardRenderException;

    /**
     * Paints the page as vectors into {@code g}, in the page's CSS pixels from the origin (scale {@code g} first);
     * {@code g} must not be bound to the calling thread (a PDF graphics is fine).
     *
     * @return the problems found while drawing
     */
    List<Problem> paint(Infographic infographic, RenderOptions options, Graphics2D g) throws CardRenderException;

    /**
     * The file's problems plus those found by laying the page out: text cut, unknown icons, low contrast. Lay the
     * page out with {@link #layOut} instead when it is to be rendered too.
     */
    default List<Problem> check(Infographic infographic, RenderOptions options) throws CardRenderException {
        return layOut(infographic, options).problems();
    }

    /** Visible Health Icons names, sorted (for content assist). */
    List<String> iconNames();
}
