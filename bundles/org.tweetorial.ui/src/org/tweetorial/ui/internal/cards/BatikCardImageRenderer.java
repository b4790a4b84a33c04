package org.tweetorial.ui.internal.cards;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.ImageData;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.Layout;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;
import org.tweetorial.render.Themes;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;

/**
 * Renders cards with the render bundle's Batik {@link CardRenderer} (on its own worker thread; this class is only
 * called from background jobs), scaled to the width asked for. Falls back to the sketch renderer when a card cannot
 * be rendered, so that the views always show something.
 */
public final class BatikCardImageRenderer implements CardImageRenderer {

    private static CardRenderer renderer;
    private final CardImageRenderer fallback;

    public BatikCardImageRenderer(CardImageRenderer fallback) {
        this.fallback = fallback;
    }

    private static synchronized CardRenderer renderer() {
        if (renderer == null) {
            renderer = CardRenderer.create(128);
        }
        return renderer;
    }

    /** Loads Batik and the fonts now (in a background job), so that the first card renders quickly. */
    public static void warmUp() {
        try {
            renderer().warmUp().join();
        } catch (RuntimeException | LinkageError e) {
            ILog.of(BatikCardImageRenderer.class).warn("Card rendering could not be prepared: " + e);
        }
    }

    @Override
    public ImageData render(CardContent card, CardStyle style, int width, Path baseDir) {
        try {
            RenderOptions options = RenderOptions.defaults().withSize(CardSize.parse(style.size()))
                    .withTheme(Themes.resolve(style.theme(), baseDir)).withProjectDir(baseDir)
                    .withRemoteImages(TweetorialPreferences.remoteImagesAllowed());
            RenderedCard rendered = renderer().render(toCard(card), options);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.bytes()));
            return SketchCardRenderer.toImageData(scaled(image, width));
        } catch (Exception | LinkageError e) {
            ILog.of(BatikCardImageRenderer.class).warn("Card of post " + card.postNumber()
                    + " drawn as a sketch: " + e);
            return fallback.render(card, style, width, baseDir);
        }
    }

    private static BufferedImage scaled(BufferedImage image, int width) throws IOException {
        if (image == null) {
            throw new IOException("the renderer returned no PNG");
        }
        if (image.getWidth() == width) {
            return image;
        }
        int height = Math.max(1, image.getHeight() * width / image.getWidth());
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** The render bundle's card for what a post's directive asks. */
    static Card toCard(CardContent c) {
        Layout layout = Layout.fromId(c.layout()).orElse(Layout.KEY_POINT);
        Card.Builder card = Card.builder(layout).title(c.title()).kicker(c.kicker())
                .numbering(c.postNumber(), c.total()).paragraphs(c.paragraphs()).items(c.items());
        if (!c.handle().isBlank()) {
            card.byline("", c.handle(), "");
        }
        switch (layout) {
            case TITLE -> card.subtitle(c.attribute("subtitle"));
            case KEY_POINT, CLOSING -> {
                if (!c.attribute("text").isBlank()) {
                    card.paragraphs(List.of(c.attribute("text")));
                }
            }
            case STAT -> card.stat((c.attribute("value") + " " + c.attribute("unit")).strip(),
                    c.attribute("caption"), c.attribute("source"));
            case QUOTE -> card.quote(first(c.attribute("text"), c.paragraphs().isEmpty() ? "" : c.paragraphs().get(0)),
                    c.attribute("attribution"));
            case COMPARISON -> card.comparison(first(c.attribute("left_label"), c.attribute("left")),
                    column(c, "left"), first(c.attribute("right_label"), c.attribute("right")), column(c, "right"));
            case VISUAL_ABSTRACT -> card.visualAbstract(new Card.VisualAbstract(c.attribute("question"),
                    c.attribute("design"), c.attribute("population"), c.attribute("intervention"),
                    first(c.attribute("finding"), c.attribute("result"), c.attribute("outcome")),
                    c.attribute("conclusion")));
            case IMAGE -> card.figure(c.imagePath(), c.attribute("caption"), c.attribute("credit"));
            default -> {
                // references: the post's paragraphs and items already say it
            }
        }
        return card.build();
    }

    private static List<String> column(CardContent c, String side) {
        String value = c.attribute(side + "_value");
        String text = c.attribute(side + "_label").isBlank() ? "" : c.attribute(side);
        return java.util.stream.Stream.of(value, text).filter(s -> !s.isBlank()).toList();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
