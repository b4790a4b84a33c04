package org.tweetorial.render.internal.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.DisplayText;

/** The layout of each card body, and the alt text of a card: its own, else its layout's followed by the footer's. */
public final class SlideLayouts {

    private static final Map<Class<?>, SlideLayout<?>> BY_BODY = new HashMap<>();

    static {
        for (SlideLayout<?> l : List.of(new TitleLayout(), new KeyPointLayout(), new StatLayout(), new ListLayout(),
                new ImageLayout(), new QuoteLayout(), new ComparisonLayout(), new VisualAbstractLayout(),
                new ReferencesLayout(), new ClosingLayout())) {
            BY_BODY.put(l.bodyType(), l);
        }
    }

    private SlideLayouts() {
    }

    /** The card's explicit alt text, or what its layout, byline and numbering show. */
    public static String altText(Card card) {
        if (!card.altText().isEmpty()) {
            return DisplayText.clean(card.altText());
        }
        AltText alt = new AltText();
        describe(layout(card), card.body(), alt);
        Card.Byline by = card.byline();
        if (by != null && (!by.name().isEmpty() || !by.handle().isEmpty())) {
            alt.sentence("By " + (by.name().isEmpty() ? by.handle()
                    : by.name() + (by.handle().isEmpty() ? "" : " (" + by.handle() + ")")));
        }
        if (card.numbering() != null) {
            alt.sentence("Card " + card.numbering().index() + " of " + card.numbering().total());
        }
        return alt.toString();
    }

    static void draw(LayoutContext ctx) {
        draw(layout(ctx.card()), ctx);
    }

    private static SlideLayout<?> layout(Card card) {
        return BY_BODY.get(card.body().getClass());
    }

    private static <B extends Card.Body> void draw(SlideLayout<B> layout, LayoutContext ctx) {
        layout.draw(ctx, layout.bodyType().cast(ctx.card().body()));
    }

    private static <B extends Card.Body> void describe(SlideLayout<B> layout, Card.Body body, AltText alt) {
        layout.describe(layout.bodyType().cast(body), alt);
    }
}
