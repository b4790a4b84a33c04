package org.tweetorial.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.ui.TweetorialUi;

/** The preference keys of Tweetorial Studio and typed access to their values. */
public final class TweetorialPreferences {

    public static final String AUTHOR_NAME = "author.name";
    public static final String AUTHOR_HANDLE = "author.handle";
    public static final String AUTHOR_AVATAR = "author.avatar";
    /** Comma-separated platform ids, e.g. {@code x,bluesky}. */
    public static final String DEFAULT_PLATFORMS = "platforms.default";
    public static final String DEFAULT_THEME = "cards.theme";
    public static final String DEFAULT_CARD_SIZE = "cards.size";
    public static final String MASTODON_LIMIT = "mastodon.limit";
    public static final String PHI_STRICTNESS = "checks.phiStrictness";
    public static final String MATCHING_BRACKETS = "editor.matchingBrackets";
    public static final String MATCHING_BRACKETS_COLOR = "editor.matchingBracketsColor";

    private static ScopedPreferenceStore store;

    private TweetorialPreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, TweetorialUi.PLUGIN_ID);
            PreferenceInitializer.applyDefaults(store);
        }
        return store;
    }

    public static String authorName() {
        return store().getString(AUTHOR_NAME);
    }

    public static String authorHandle() {
        return store().getString(AUTHOR_HANDLE);
    }

    public static String avatarPath() {
        return store().getString(AUTHOR_AVATAR);
    }

    public static List<Platform> defaultPlatforms() {
        List<Platform> platforms = new ArrayList<>();
        for (String id : store().getString(DEFAULT_PLATFORMS).split(",")) {
            Platform.byId(id).ifPresent(platforms::add);
        }
        return platforms.isEmpty() ? List.of(Platform.X) : platforms;
    }

    public static String theme() {
        return store().getString(DEFAULT_THEME);
    }

    public static String cardSize() {
        return store().getString(DEFAULT_CARD_SIZE);
    }

    public static int mastodonLimit() {
        int limit = store().getInt(MASTODON_LIMIT);
        return limit > 0 ? limit : FrontMatter.DEFAULT_MASTODON_LIMIT;
    }

    public static PhiStrictness phiStrictness() {
        try {
            return PhiStrictness.valueOf(store().getString(PHI_STRICTNESS));
        } catch (IllegalArgumentException e) {
            return PhiStrictness.NORMAL;
        }
    }
}
