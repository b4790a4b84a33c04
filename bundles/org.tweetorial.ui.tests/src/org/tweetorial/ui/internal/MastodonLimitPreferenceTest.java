package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.ui.internal.analysis.AnalysisSettings;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.SnapshotBuilder;

/**
 * The Mastodon-limit preference reaches the counts (ruler, preview badges) and lint (Problems) alike, and a front
 * matter mastodon_limit wins over it in both.
 */
class MastodonLimitPreferenceTest {

    private static final String POST = "word ".repeat(120).strip(); // 599 characters

    @TempDir
    Path dir;

    private DocumentSnapshot analyse(String frontMatter, int preference) {
        String text = "---\nplatforms: mastodon\nnumbering: none\n" + frontMatter + "---\n" + POST + "\n";
        return new SnapshotBuilder(dir, new AnalysisSettings(PhiStrictness.NORMAL, preference)).build(1, text);
    }

    private static List<String> tooLong(DocumentSnapshot snapshot) {
        return snapshot.problems().stream().filter(p -> p.ruleId().equals("post-too-long")).map(p -> p.message())
                .toList();
    }

    @Test
    void thePreferenceAppliesToCountsAndProblems() {
        DocumentSnapshot s = analyse("", 1000);
        assertEquals(1000, s.posts().get(0).count(Platform.MASTODON).limit(), "ruler and badge limit");
        assertTrue(s.posts().get(0).count(Platform.MASTODON).fits());
        assertEquals(List.of(), tooLong(s), "no problem either");
    }

    @Test
    void theFrontMatterWinsOverThePreferenceInCountsAndProblems() {
        DocumentSnapshot s = analyse("mastodon_limit: 500\n", 1000);
        assertEquals(500, s.posts().get(0).count(Platform.MASTODON).limit());
        assertFalse(s.posts().get(0).count(Platform.MASTODON).fits());
        assertEquals(List.of("post 1 is 99 over Mastodon's limit (599/500)"), tooLong(s));
    }
}
