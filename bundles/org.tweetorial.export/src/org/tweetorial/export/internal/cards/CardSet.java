package org.tweetorial.export.internal.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSettings;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;
import org.tweetorial.render.posts.PostCards;

/** Renders every post's card once; the card files, the handout, the slides and the alt text all use them. */
public final class CardSet {

    private final List<PostCard> cards;
    private final List<ExportProblem> problems;

    private CardSet(List<PostCard> cards, List<ExportProblem> problems) {
        this.cards = List.copyOf(cards);
        this.problems = List.copyOf(problems);
    }

    /** Renders every post's card as PNG at scale 1 with the thread's card settings. */
    public static CardSet render(CardRenderer renderer, Tweetorial t, CardSettings settings)
            throws CardRenderException {
        return start(renderer, t, settings).join();
    }

    /**
     * Starts rendering every post's card on the renderer's threads and returns at once, so that the caller can go on
     * (linting, checking) while the cards render.
     */
    public static Pending start(CardRenderer renderer, Tweetorial t, CardSettings settings) {
        List<Card> cards = PostCards.toCards(t, settings);
        RenderOptions options = settings.renderOptions(t.baseDir());
        return new Pending(t, cards, cards.stream().map(c -> renderer.renderAsync(c, options)).toList());
    }

    /** Cards being rendered; {@link #join()} waits for them in order. */
    public static final class Pending {

        private final Tweetorial tweetorial;
        private final List<Card> cards;
        private final List<CompletableFuture<RenderedCard>> rendering;

        private Pending(Tweetorial tweetorial, List<Card> cards, List<CompletableFuture<RenderedCard>> rendering) {
            this.tweetorial = tweetorial;
            this.cards = cards;
            this.rendering = rendering;
        }

        public CardSet join() throws CardRenderException {
            List<RenderedCard> rendered = CardSet.join(rendering);
            List<PostCard> out = new ArrayList<>();
            List<ExportProblem> problems = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) {
                Post post = tweetorial.posts().get(i);
                PostCard card = new PostCard(post, cards.get(i), rendered.get(i), baseName(cards.get(i), post,
                        cards.size()));
                out.add(card);
                for (String w : rendered.get(i).warnings()) {
                    problems.add(new ExportProblem(ExportProblem.WARNING, "cards/" + card.fileName(), w));
                }
            }
            return new CardSet(out, problems);
        }
    }

    /** {@code 03-list}: the post number, zero-padded to the thread's width (at least two digits), and the layout. */
    static String baseName(Card card, Post post, int total) {
        int digits = Math.max(2, String.valueOf(total).length());
        return String.format(Locale.ROOT, "%0" + digits + "d-%s", post.number(), card.layout().id());
    }

    /** Renders in the given order; the renderer's own worker thread does the work. */
    public static List<RenderedCard> renderAll(CardRenderer renderer, List<Card> cards, RenderOptions options)
            throws CardRenderException {
        return join(cards.stream().map(c -> renderer.renderAsync(c, options)).toList());
    }

    /** Waits for renders started earlier, in order. */
    public static List<RenderedCard> join(List<CompletableFuture<RenderedCard>> futures) throws CardRenderException {
        List<RenderedCard> out = new ArrayList<>(futures.size());
        for (CompletableFuture<RenderedCard> f : futures) {
            try {
                out.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof CardRenderException cre) {
                    throw cre;
                }
                throw new CardRenderException("a card could not be rendered: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    public List<PostCard> cards() {
        return cards;
    }

    /** Renderer warnings (images refused or missing, characters replaced, text cut), one per card and warning. */
    public List<ExportProblem> problems() {
        return problems;
    }
}
