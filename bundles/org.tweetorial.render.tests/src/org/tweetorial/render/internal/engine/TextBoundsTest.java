package org.tweetorial.render.internal.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.TextNode;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.SampleCards;
import org.tweetorial.render.Theme;
import org.tweetorial.render.Themes;
import org.tweetorial.render.internal.emoji.EmojiImages;
import org.tweetorial.render.internal.image.ProjectImageLoader;
import org.tweetorial.render.internal.layout.CardSvgBuilder;
import org.tweetorial.render.internal.text.FontRegistry;
import org.w3c.dom.Document;

/**
 * Renders every layout (sample and overflowing content, several scripts) at every size preset and checks with
 * Batik's own GVT geometry that every text node lies inside the card, within its side margins.
 */
class TextBoundsTest {

    private static final String LONG = "Antimicrobial-stewardship-and-haemodynamic-optimisation "
            + "Sepsis is life-threatening organ dysfunction caused by a dysregulated host response to infection. ";
    private static final String MIXED = "\u8D25\u8840\u75C7\u662F\u5371\u53CA\u751F\u547D \u05D0\u05DC\u05D7"
            + " \u05D4\u05D9\u05D0 \u0627\u0644\u0625\u0646\u062A\u0627\u0646 \uD83D\uDC68\u200D\uD83D\uDC69\u200D"
            + "\uD83D\uDC67 Vie\u0323\u0302t \u2265 ";

    static List<Card> overflowing() {
        List<Card> out = new ArrayList<>();
        String huge = (LONG + MIXED).repeat(8);
        for (CardLayout layout : CardLayout.values()) {
            out.add(Card.builder(body(layout, huge, "1,234,567,890 per 100,000 person-years", huge, 6)).kicker(huge)
                    .numbering(99, 100).byline(huge, huge, "images/mottling.svg").build());
            out.add(Card.builder(body(layout, "\u05D0\u05DC\u05D7 " + MIXED, "\u2265 90%", MIXED.repeat(3), 3))
                    .numbering(1, 1).build());
        }
        return out;
    }

    /** A body of the layout with every field filled: headings with {@code heading}, the rest with {@code text}. */
    private static Card.Body body(CardLayout layout, String heading, String value, String text, int items) {
        List<String> many = java.util.Collections.nCopies(items, text);
        return switch (layout) {
            case TITLE -> new Card.Title(heading, text);
            case KEY_POINT -> new Card.KeyPoint(heading, text, List.of(text));
            case STAT -> new Card.Stat(heading, value, text, text);
            case LIST -> new Card.Items(heading, many);
            case IMAGE -> new Card.Figure(heading, "images/mottling.svg", text, text, text);
            case QUOTE -> new Card.Quote(text, heading);
            case COMPARISON -> new Card.Comparison(heading, new Card.Column(heading, many),
                    new Card.Column(heading, many.subList(0, items / 2)));
            case VISUAL_ABSTRACT -> new Card.VisualAbstract(heading, text, text, text, text, text, text, value, text,
                    text, text);
            case REFERENCES -> new Card.References(heading, many);
            case CLOSING -> new Card.Closing(heading, List.of(text, text));
        };
    }

    @Test
    void everyTextNodeStaysInsideTheCard(@TempDir Path project) throws Exception {
        FontRegistry fonts = FontRegistry.get();
        CardSvgBuilder builder = new CardSvgBuilder(fonts, EmojiImages.get());
        BundledFontFamilyResolver resolver = new BundledFontFamilyResolver(fonts);
        copySampleImage(project);
        ProjectImageLoader images = new ProjectImageLoader(project, false);
        List<Card> cards = new ArrayList<>(SampleCards.all());
        cards.addAll(SampleCards.international());
        cards.addAll(overflowing());
        List<CardSize> sizes = List.of(CardSize.X, CardSize.X_LARGE, CardSize.SQUARE, CardSize.PORTRAIT,
                CardSize.SLIDE, new CardSize(640, 1400));
        List<String> failures = new ArrayList<>();
        int textNodes = 0;
        for (String themeName : List.of("light", "high-contrast")) {
            Theme theme = Themes.builtIn(themeName).orElseThrow();
            for (CardSize size : sizes) {
                for (Card card : cards) {
                    Document doc = builder.build(card, theme, size, null, images::load).document();
                    SafeUserAgent agent = new SafeUserAgent(size.width(), size.height(), resolver);
                    BridgeContext ctx = new BridgeContext(agent);
                    try {
                        GraphicsNode root = new GVTBuilder().build(ctx, doc);
                        List<TextNode> texts = new ArrayList<>();
                        collect(root, texts);
                        textNodes += texts.size();
                        double u = Math.sqrt((double) size.width() * size.height() / (1200.0 * 675.0));
                        double side = Math.min(60 * u, 0.05 * size.width());
                        for (TextNode t : texts) {
                            Rectangle2D g = t.getGeometryBounds();
                            if (g == null) {
                                continue;
                            }
                            Rectangle2D b = t.getGlobalTransform().createTransformedShape(g).getBounds2D();
                            if (b.getMinX() < side || b.getMaxX() > size.width() - side || b.getMinY() < 0
                                    || b.getMaxY() > size.height()) {
                                failures.add(themeName + " " + size + " " + card.layout().id() + ": '"
                                        + abbreviate(t.getText()) + "' at " + b);
                            }
                        }
                    } finally {
                        ctx.dispose();
                    }
                }
            }
        }
        int count = textNodes;
        assertTrue(count > 1000, () -> "too few text nodes checked: " + count);
        assertTrue(failures.isEmpty(), () -> failures.size() + " text nodes outside the card:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static void collect(GraphicsNode node, List<TextNode> out) {
        if (node instanceof TextNode t) {
            out.add(t);
        } else if (node instanceof CompositeGraphicsNode c) {
            for (Object child : c.getChildren()) {
                collect((GraphicsNode) child, out);
            }
        }
    }

    /** The sample project's image, copied out of the bundle (under OSGi a resource is not a file). */
    private static void copySampleImage(Path project) throws IOException {
        Path target = Files.createDirectories(project.resolve("images")).resolve("mottling.svg");
        String name = "/org/tweetorial/render/sample/images/mottling.svg";
        try (InputStream in = TextBoundsTest.class.getResourceAsStream(name)) {
            Files.copy(in, target);
        }
    }
}
