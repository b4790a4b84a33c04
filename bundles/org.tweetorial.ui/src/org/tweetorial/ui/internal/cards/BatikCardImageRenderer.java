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
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSize;
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
        CardLayout layout = CardLayout.byId(c.layout()).orElse(CardLayout.KEY_POINT);
        Card.Builder card = Card.builder(body(layout, c)).kicker(c.kicker()).numbering(c.postNumber(), c.total());
        if (!c.handle().isBlank()) {
            card.byline("", c.handle(), "");
        }
        return card.build();
    }

    private static Card.Body body(CardLayout layout, CardContent c) {
        List<String> text = c.attribute("text").isBlank() ? c.paragraphs() : List.of(c.attribute("text"));
        String first = c.paragraphs().isEmpty() ? "" : c.paragraphs().get(0);
        return switch (layout) {
            case TITLE -> new Card.Title(c.title(), c.attribute("subtitle"));
            case KEY_POINT -> new Card.KeyPoint(c.title(), text.isEmpty() ? "" : text.get(0),
                    text.isEmpty() ? List.of() : text.subList(1, text.size()));
            case CLOSING -> new Card.Closing(c.title(), text);
            case STAT -> new Card.Stat(c.title(), (c.attribute("value") + " " + c.attribute("unit")).strip(),
                    c.attribute("caption"), c.attribute("source"));
            case LIST -> new Card.Items(c.title(), c.items());
            case QUOTE -> new Card.Quote(first(c.attribute("text"), first), c.attribute("attribution"));
            case COMPARISON -> new Card.Comparison(c.title(),
                    new Card.Column(first(c.attribute("left_label"), c.attribute("left")), column(c, "left")),
                    new Card.Column(first(c.attribute("right_label"), c.attribute("right")), column(c, "right")));
            case VISUAL_ABSTRACT -> new Card.VisualAbstract(c.title(), c.attribute("question"),
                    c.attribute("population"), c.attribute("design"), c.attribute("intervention"),
                    c.attribute("comparator"), c.attribute("outcome"),
                    first(c.attribute("finding"), c.attribute("result")), c.attribute("conclusion"),
                    first(c.attribute("journal"), c.attribute("citation")), c.attribute("doi"));
            case IMAGE -> new Card.Figure(c.title(), c.imagePath(), c.attribute("caption"), c.attribute("credit"),
                    "");
            case REFERENCES -> new Card.References(c.title(), c.items().isEmpty() ? c.paragraphs() : c.items());
        };
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
