package org.tweetorial.core.internal.lint.phi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.lint.PhiStrictness;

/**
 * The labelled corpus at the default level: recall at least 95% overall and 90% in every category, false alarms
 * on real-style teaching posts at most 2%. Also keeps the corpus at its promised size and breadth.
 */
class PhiCorpusTest {

    @Test
    void corpusCoversEveryCategoryWithEnoughPosts() {
        var positives = PhiCorpus.positives();
        assertTrue(positives.size() >= 300, positives.size() + " positive posts");
        assertTrue(PhiCorpus.negatives().size() >= 300, PhiCorpus.negatives().size() + " negative posts");
        Set<PhiCategory> seen = EnumSet.noneOf(PhiCategory.class);
        positives.forEach(s -> seen.add(s.category()));
        assertEquals(EnumSet.allOf(PhiCategory.class), seen);
    }

    @Test
    void defaultLevelMeetsRecallAndFalseAlarmTargets() {
        PhiCorpus.Result r = PhiCorpus.measure(PhiStrictness.NORMAL);
        assertTrue(r.recall() >= 0.95, "recall " + r.recall() + "; missed:\n" + String.join("\n", r.misses()));
        for (PhiCategory c : PhiCategory.values()) {
            assertTrue(r.recall(c) >= 0.90, c + " recall " + r.recall(c) + "; missed:\n"
                    + String.join("\n", r.misses()));
        }
        assertTrue(r.falseAlarmRate() <= 0.02, "false alarms " + r.falseAlarmRate() + ":\n"
                + String.join("\n", r.falseAlarms()));
    }

    @Test
    void levelsTradeRecallForFalseAlarms() {
        for (PhiCorpus.CorpusSet set : PhiCorpus.CorpusSet.values()) {
            Map<PhiStrictness, PhiCorpus.Result> results = new LinkedHashMap<>();
            for (PhiStrictness s : PhiStrictness.values()) {
                results.put(s, PhiCorpus.measure(s, set));
            }
            System.out.println("PHI corpus measurement, " + set + " set (docs/PHI.md):\n" + PhiCorpus.table(results));
            PhiCorpus.Result relaxed = results.get(PhiStrictness.RELAXED);
            PhiCorpus.Result normal = results.get(PhiStrictness.NORMAL);
            PhiCorpus.Result strict = results.get(PhiStrictness.STRICT);
            assertTrue(relaxed.found() <= normal.found() && normal.found() <= strict.found(), set.name());
            assertTrue(relaxed.falseAlarms().size() <= normal.falseAlarms().size()
                    && normal.falseAlarms().size() <= strict.falseAlarms().size(), set.name());
        }
    }
}
