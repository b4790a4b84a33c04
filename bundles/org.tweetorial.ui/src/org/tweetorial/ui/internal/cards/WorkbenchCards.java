package org.tweetorial.ui.internal.cards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSettings;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.posts.PostCards;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;

/**
 * The workbench's route to cards, the same as {@code cards} and {@code export} take: settings resolved by
 * {@link CardSettings} (a view's explicit choice, the front matter, then the preferences), cards mapped by
 * {@link PostCards}, pixels drawn by one shared {@link CardRenderer}.
 */
public final class WorkbenchCards {

    private static CardRenderer renderer;

    private WorkbenchCards() {
    }

    /** The renderer every view shares (its worker thread and cache). */
    public static synchronized CardRenderer renderer() {
        if (renderer == null) {
            renderer = CardRenderer.create(128);
        }
        return renderer;
    }

    /** Loads Batik and the fonts now (call it in a background job), so that the first card renders quickly. */
    public static void warmUp() {
        try {
            renderer().warmUp().join();
        } catch (RuntimeException | LinkageError e) {
            ILog.of(WorkbenchCards.class).warn("Card rendering could not be prepared: " + e);
        }
    }

    /** The user's preferred theme, size and author: used where the front matter says nothing. */
    public static CardSettings.Choices preferences() {
        return CardSettings.Choices.none().withTheme(TweetorialPreferences.theme())
                .withSize(TweetorialPreferences.cardSize())
                .withAuthor(TweetorialPreferences.authorName(), TweetorialPreferences.authorHandle());
    }

    /** The settings of a thread's cards, with {@code explicit} choices (a view's) winning over the front matter. */
    public static CardSettings.Resolution settings(Tweetorial tweetorial, CardSettings.Choices explicit) {
        return CardSettings.resolve(explicit, tweetorial.frontMatter(), preferences(), tweetorial.baseDir());
    }

    /** Every post's card, in order. */
    public static List<Card> cards(Tweetorial tweetorial, CardSettings settings) {
        return PostCards.toCards(tweetorial, settings);
    }

    /** How the cards of a thread are rendered at full size. */
    public static RenderOptions options(CardSettings settings, Path baseDir) {
        return settings.renderOptions(baseDir);
    }
}
