package org.tweetorial.ui.internal.analysis;

import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;

/**
 * The preferences that change an analysis, read once on the UI side and passed to background jobs.
 *
 * @param phiStrictness how eagerly patient identifiers are reported
 * @param mastodonLimit the Mastodon instance's limit, unless the front matter sets one
 */
public record AnalysisSettings(PhiStrictness phiStrictness, int mastodonLimit) {

    /** The lint options these settings make: counts, ruler, badges and problems all use them. */
    public LintOptions lintOptions() {
        return LintOptions.defaults().withPhiStrictness(phiStrictness).withMastodonLimit(mastodonLimit);
    }

    public static AnalysisSettings fromPreferences() {
        return new AnalysisSettings(TweetorialPreferences.phiStrictness(), TweetorialPreferences.mastodonLimit());
    }
}
