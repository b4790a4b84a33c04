package org.tweetorial.render.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tweetorial.render.Card;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.Theme;
import org.tweetorial.render.internal.emoji.EmojiImages;
import org.tweetorial.render.internal.image.LoadedImage;
import org.tweetorial.render.internal.svg.SafeXml;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.svg.SvgSanitizer;
import org.tweetorial.render.internal.text.FontRegistry;
import org.tweetorial.render.internal.text.TextFitter;
import org.tweetorial.render.internal.text.TextMeasurer;
import org.tweetorial.render.internal.theme.CssValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds a card's SVG DOM programmatically; only sanitised theme fragments and emoji images are imported, and
 * images arrive as {@code data:} URIs from an {@link ImageSource}. Confined to one thread (the render worker).
 */
public final class CardSvgBuilder {

    /** Resolves image paths of a card; returns null (and adds a warning) when an image cannot be used. */
    @FunctionalInterface
    public interface ImageSource {
        LoadedImage load(String path, List<String> warnings);
    }

    /** The built document with its alt text and warnings. */
    public record BuiltCard(Document document, String altText, List<String> warnings) {
    }

    private static final int DECOR_CACHE = 16;

    private final TextFitter fitter;
    private final EmojiImages emoji;
    private record Decor(Element root, List<String> removed) {
    }

    private final Map<String, Decor> decorCache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Decor> eldest) {
            return size() > DECOR_CACHE;
        }
    };

    public CardSvgBuilder(FontRegistry fonts, EmojiImages emoji) {
        this.emoji = emoji;
        this.fitter = new TextFitter(new TextMeasurer(fonts, emoji::isAvailable));
    }

    /** Builds a card whose text wraps by the line-break rules of {@code language} (BCP 47; null for none). */
    public BuiltCard build(Card card, Theme theme, CardSize size, String language, ImageSource images) {
        List<String> warnings = new ArrayList<>();
        fitter.useLanguage(language);
        SvgCanvas canvas = new SvgCanvas(size.width(), size.height());
        String alt = SlideLayouts.altText(card);
        canvas.title(alt);
        if (!theme.css().isBlank()) {
            List<String> cssProblems = CssValidator.check(theme.css());
            if (cssProblems.isEmpty()) {
                Element style = canvas.element(null, "style", "type", "text/css");
                style.appendChild(canvas.document().createCDATASection(theme.css()));
                canvas.root().insertBefore(style, canvas.root().getFirstChild());
            } else {
                warnings.add("theme " + theme.id() + ": CSS ignored: " + String.join("; ", cssProblems));
            }
        }
        fitter.drainUnsupported();
        LoadedImage figure = null;
        if (card.body() instanceof Card.Figure f && !f.path().isEmpty()) {
            figure = images.load(f.path(), warnings);
        }
        LoadedImage logo = null;
        if (card.byline() != null && !card.byline().logoPath().isEmpty()) {
            logo = images.load(card.byline().logoPath(), warnings);
        }
        TextEmitter emitter = new TextEmitter(canvas, fitter.measurer(), emoji);
        LayoutContext ctx = new LayoutContext(card, theme, canvas, fitter, emitter, size.width(), size.height(),
                figure, logo, warnings);
        Chrome.drawBackground(ctx, decor(theme, warnings));
        Chrome.drawFrame(ctx);
        SlideLayouts.draw(ctx);
        List<String> missing = fitter.drainUnsupported();
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder("characters not covered by the bundled fonts were replaced by '?':");
            for (String g : missing) {
                sb.append(' ').append(g).append(" (U+")
                        .append(Integer.toHexString(g.codePointAt(0)).toUpperCase(java.util.Locale.ROOT)).append(')');
            }
            warnings.add(sb.toString());
        }
        return new BuiltCard(canvas.document(), alt, List.copyOf(warnings));
    }

    /** Draws a whole page (an infographic) into a context whose content box is the page. */
    @FunctionalInterface
    public interface PageDrawer {
        void draw(LayoutContext page);
    }

    /**
     * Builds a page that is not a card: the theme's background and decoration, then whatever {@code drawer} draws,
     * with the same fitter, fonts and emoji as cards.
     *
     * @param title the page's title, standing in for a card's heading where layouts ask for it
     */
    public BuiltCard buildPage(Theme theme, CardSize size, String language, String title, String altText,
            PageDrawer drawer) {
        List<String> warnings = new ArrayList<>();
        fitter.useLanguage(language);
        fitter.drainUnsupported();
        SvgCanvas canvas = new SvgCanvas(size.width(), size.height());
        canvas.title(altText);
        TextEmitter emitter = new TextEmitter(canvas, fitter.measurer(), emoji);
        Card card = Card.builder(new Card.KeyPoint(title, "", List.of())).build();
        LayoutContext ctx = new LayoutContext(card, theme, canvas, fitter, emitter, size.width(), size.height(),
                null, null, warnings);
        Chrome.drawBackground(ctx, decor(theme, warnings));
        ctx.setContentBox(0, 0, size.width(), size.height());
        drawer.draw(ctx);
        List<String> missing = fitter.drainUnsupported();
        if (!missing.isEmpty()) {
            warnings.add("characters not covered by the bundled fonts were replaced by '?': " + String.join(" ", missing));
        }
        return new BuiltCard(canvas.document(), altText, List.copyOf(warnings));
    }

    private Element decor(Theme theme, List<String> warnings) {
        if (theme.decorSvg().isBlank()) {
            return null;
        }
        String key = theme.id() + '\n' + theme.palette() + '\n' + theme.decorSvg();
        Decor decor = decorCache.get(key);
        if (decor == null) {
            try {
                Document doc = SafeXml.parse(substituteTokens(theme.decorSvg(), theme.palette()));
                decor = new Decor(doc.getDocumentElement(), SvgSanitizer.sanitize(doc.getDocumentElement()));
            } catch (SafeXml.XmlException e) {
                warnings.add("theme " + theme.id() + ": decor.svg ignored: " + e.getMessage());
                return null;
            }
            decorCache.put(key, decor);
        }
        if (!decor.removed().isEmpty()) {
            warnings.add("theme " + theme.id() + ": removed from decor.svg: " + String.join("; ", decor.removed()));
        }
        return decor.root();
    }

    static String substituteTokens(String markup, Theme.Palette p) {
        return markup.replace("{background}", p.background()).replace("{surface}", p.surface())
                .replace("{text}", p.text()).replace("{muted}", p.muted()).replace("{accent}", p.accent())
                .replace("{accent2}", p.accent2()).replace("{on-accent}", p.onAccent()).replace("{rule}", p.rule());
    }
}
