package org.tweetorial.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.model.FrontMatter;

/** Default values of the Tweetorial Studio preferences. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        applyDefaults(TweetorialPreferences.store());
    }

    static void applyDefaults(IPreferenceStore store) {
        store.setDefault(TweetorialPreferences.AUTHOR_NAME, "");
        store.setDefault(TweetorialPreferences.AUTHOR_HANDLE, "");
        store.setDefault(TweetorialPreferences.AUTHOR_AVATAR, "");
        store.setDefault(TweetorialPreferences.DEFAULT_PLATFORMS, "x,bluesky");
        store.setDefault(TweetorialPreferences.DEFAULT_THEME, "light");
        store.setDefault(TweetorialPreferences.DEFAULT_CARD_SIZE, "x");
        store.setDefault(TweetorialPreferences.MASTODON_LIMIT, FrontMatter.DEFAULT_MASTODON_LIMIT);
        store.setDefault(TweetorialPreferences.PHI_STRICTNESS, PhiStrictness.NORMAL.name());
        store.setDefault(TweetorialPreferences.MATCHING_BRACKETS, true);
        PreferenceConverter.setDefault(store, TweetorialPreferences.MATCHING_BRACKETS_COLOR, new RGB(150, 150, 150));
    }
}
