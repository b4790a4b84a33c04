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

    /** Core's spelling rule id ({@code tweetorial check} reports it; the editor's spelling engine replaces it). */
    static final String SPELLING_RULE = "spelling";

    /**
     * The lint options these settings make: counts, ruler, badges and problems all use them. The {@code spelling}
     * rule is left out: in the workbench the Eclipse spelling framework underlines misspellings as you type (with
     * General &gt; Editors &gt; Text Editors &gt; Spelling), so a marker would show each one twice.
     */
    public LintOptions lintOptions() {
        return LintOptions.defaults().withPhiStrictness(phiStrictness).withMastodonLimit(mastodonLimit)
                .withDisabledRules(java.util.Set.of(SPELLING_RULE));
    }

    public static AnalysisSettings fromPreferences() {
        return new AnalysisSettings(TweetorialPreferences.phiStrictness(), TweetorialPreferences.mastodonLimit());
    }
}
