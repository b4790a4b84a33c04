package org.tweetorial.render.internal.layout;

import java.util.List;

import org.tweetorial.render.Card;
import org.tweetorial.render.Theme;
import org.tweetorial.render.internal.image.LoadedImage;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextFitter;
import org.tweetorial.render.internal.text.TextStyle;
import org.w3c.dom.Element;

/**
 * What a layout draws with: the card, theme, canvas, fitter, resolved images and the content box left free by the
 * chrome. Sizes are designed for 1200x675 and multiplied by {@link #u()}.
 */
public final class LayoutContext {

    private final Card card;
    private final Theme theme;
    private final SvgCanvas canvas;
    private final TextFitter fitter;
    private final TextEmitter emitter;
    private final int width;
    private final int height;
    private final double u;
    private final LoadedImage figure;
    private final LoadedImage logo;
    private final List<String> warnings;
    private final Element layer;
    private double left;
    private double top;
    private double right;
    private double bottom;

    LayoutContext(Card card, Theme theme, SvgCanvas canvas, TextFitter fitter, TextEmitter emitter, int width,
            int height, LoadedImage figure, LoadedImage logo, List<String> warnings) {
        this.card = card;
        this.theme = theme;
        this.canvas = canvas;
        this.fitter = fitter;
        this.emitter = emitter;
        this.width = width;
        this.height = height;
        this.u = unit(width, height);
        this.figure = figure;
        this.logo = logo;
        this.warnings = warnings;
        this.layer = canvas.group(canvas.root(), "card-content");
    }

    /** Scale relative to a 1200x675 card, by area, limited so margins stay sensible on narrow cards. */
    static double unit(int w, int h) {
        double byArea = Math.sqrt((double) w * h / (1200.0 * 675.0));
        return Math.min(byArea, Math.min(1.15 * w / 1200.0, 1.15 * h / 675.0));
    }

    void setContentBox(double l, double t, double r, double b) {
        left = l;
        top = t;
        right = r;
        bottom = b;
    }

    /** Moves the content box (a page drawer does this for each of its panels). */
    public void box(double l, double t, double r, double b) {
        setContentBox(l, t, r, b);
    }

    public Card card() {
        return card;
    }

    public Theme.Palette colours() {
        return theme.palette();
    }

    public SvgCanvas canvas() {
        return canvas;
    }

    public Element layer() {
        return layer;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double u() {
        return u;
    }

    public boolean landscape() {
        return width >= height * 1.25;
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double right() {
        return right;
    }

    public double bottom() {
        return bottom;
    }

    public double contentWidth() {
        return right - left;
    }

    public double contentHeight() {
        return bottom - top;
    }

    public LoadedImage figure() {
        return figure;
    }

    public LoadedImage logo() {
        return logo;
    }

    public void warn(String message) {
        warnings.add(message);
    }

    /** The theme's minimum font size at this card's scale. */
    public double minFont() {
        return theme.minFontPx() * u;
    }

    /**
     * Extra growth for content text on cards taller than 16:9 (square, portrait): the design sizes were made for
     * landscape, and tall cards have room for larger text.
     */
    double tallFactor() {
        double aspect = (double) height / width * (1200.0 / 675.0);
        return Math.max(1.0, Math.min(1.4, Math.sqrt(aspect)));
    }

    /**
     * A style with sizes in design pixels (times u, and times {@link #tallFactor()} for content text of 24 px and
     * more); never below the theme minimum.
     */
    public TextStyle style(boolean bold, double maxPx, double lineHeight, int maxLines) {
        double max = Math.max(maxPx * u * (maxPx >= 24 ? tallFactor() : 1.0), minFont());
        return new TextStyle(bold, max, Math.min(minFont(), max), lineHeight, maxLines, TextStyle.Wrap.PRETTY);
    }

    public FittedText fit(String text, TextStyle style, double w, double h) {
        return fitter.fit(text, style, w, h);
    }

    /**
     * Fits like {@link #fit}, then evens out the line lengths without adding a line or shrinking the font (CSS
     * {@code text-wrap: balance}), so that multi-line headings get no short last line.
     */
    public FittedText fitBalanced(String text, TextStyle style, double w, double h) {
        return fitter.fit(text, style.withWrap(TextStyle.Wrap.BALANCED), w, h);
    }

    public List<FittedText> fitAll(List<String> texts, TextStyle style, double w, double h, double gapEm) {
        return fitter.fitAll(texts, style, w, h, gapEm);
    }

    public double unitWidth(String text, boolean bold) {
        return fitter.measurer().unitWidth(text, bold);
    }

    public double draw(FittedText text, double x, double y, double w, TextAlign align, String fill,
            String cssClass) {
        return emitter.emit(layer, text, x, y, w, align, fill, cssClass);
    }

    public double draw(Element parent, FittedText text, double x, double y, double w, TextAlign align, String fill,
            String cssClass) {
        return emitter.emit(parent, text, x, y, w, align, fill, cssClass);
    }

    public void emoji(Element parent, String grapheme, double x, double y, double size) {
        emitter.emitEmoji(parent, grapheme, x, y, size);
    }
}
