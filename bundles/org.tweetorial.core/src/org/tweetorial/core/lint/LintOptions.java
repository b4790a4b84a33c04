package org.tweetorial.core.lint;

import java.util.Set;

import org.tweetorial.core.platform.Platform;

/**
 * Options of a lint run.
 *
 * @param platforms     platforms to check against; empty = those of the front matter
 * @param phiStrictness how eagerly PHI rules fire
 * @param disabledRules rule ids not to run
 */
public record LintOptions(Set<Platform> platforms, PhiStrictness phiStrictness, Set<String> disabledRules) {

    public LintOptions {
        platforms = Set.copyOf(platforms);
        disabledRules = Set.copyOf(disabledRules);
    }

    public static LintOptions defaults() {
        return new LintOptions(Set.of(), PhiStrictness.NORMAL, Set.of());
    }

    public LintOptions withPlatforms(Set<Platform> newPlatforms) {
        return new LintOptions(newPlatforms, phiStrictness, disabledRules);
    }

    public LintOptions withPhiStrictness(PhiStrictness strictness) {
        return new LintOptions(platforms, strictness, disabledRules);
    }

    public LintOptions withDisabledRules(Set<String> ids) {
        return new LintOptions(platforms, phiStrictness, ids);
    }
}
