package org.tweetorial.core.lint;

import java.util.Set;

import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Platform;

/**
 * Options of a lint run.
 *
 * @param platforms     platforms to check against; empty = those of the front matter
 * @param phiStrictness how eagerly PHI rules fire
 * @param disabledRules rule ids not to run
 * @param mastodonLimit the Mastodon instance's limit (the workbench's preference); a front matter
 *                      {@code mastodon_limit} wins over it
 */
public record LintOptions(Set<Platform> platforms, PhiStrictness phiStrictness, Set<String> disabledRules,
        int mastodonLimit) {

    public LintOptions {
        platforms = Set.copyOf(platforms);
        disabledRules = Set.copyOf(disabledRules);
        if (mastodonLimit <= 0) {
            throw new IllegalArgumentException("mastodonLimit must be positive: " + mastodonLimit);
        }
    }

    public static LintOptions defaults() {
        return new LintOptions(Set.of(), PhiStrictness.NORMAL, Set.of(), FrontMatter.DEFAULT_MASTODON_LIMIT);
    }

    public LintOptions withPlatforms(Set<Platform> newPlatforms) {
        return new LintOptions(newPlatforms, phiStrictness, disabledRules, mastodonLimit);
    }

    public LintOptions withPhiStrictness(PhiStrictness strictness) {
        return new LintOptions(platforms, strictness, disabledRules, mastodonLimit);
    }

    public LintOptions withDisabledRules(Set<String> ids) {
        return new LintOptions(platforms, phiStrictness, ids, mastodonLimit);
    }

    public LintOptions withMastodonLimit(int limit) {
        return new LintOptions(platforms, phiStrictness, disabledRules, limit);
    }

    /** The Mastodon limit in effect for a thread: its front matter's, else this instance limit. */
    public int mastodonLimit(Tweetorial tweetorial) {
        return tweetorial.frontMatter().mastodonLimitOr(mastodonLimit);
    }
}
