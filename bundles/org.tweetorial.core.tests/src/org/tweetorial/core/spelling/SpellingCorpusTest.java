package org.tweetorial.core.spelling;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The issue's corpus: real-world misspellings are flagged (>= 90%) with the right word among the first three
 * suggestions (>= 75%); correctly spelled medical terms in sentences are not flagged (<= 1%).
 */
class SpellingCorpusTest {

    private static final Pattern TERM = Pattern.compile("\\{([^}]*)\\}");
    private final SpellChecker us = SpellChecker.forLanguage("en-US").orElseThrow();

    @Test
    void misspellingsAreFlaggedWithTheRightSuggestion() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (String line : lines("misspellings.txt")) {
            pairs.add(line.split("\\s+"));
        }
        int flagged = 0;
        int rightInTop3 = 0;
        List<String> missed = new ArrayList<>();
        for (String[] p : pairs) {
            List<Misspelling> found = us.check("We saw " + p[0] + " today.", w -> false);
            if (found.stream().anyMatch(m -> m.word().equals(p[0]))) {
                flagged++;
                if (us.suggest(p[0], 3).contains(p[1])) {
                    rightInTop3++;
                } else {
                    missed.add(p[0] + " -> " + us.suggest(p[0], 3));
                }
            } else {
                missed.add(p[0] + " not flagged");
            }
        }
        int n = pairs.size();
        System.out.printf("spelling corpus: %d misspellings, %d flagged, right word in top 3: %d%n", n, flagged,
                rightInTop3);
        assertTrue(n >= 100, "corpus size " + n);
        assertTrue(flagged >= 0.9 * n, flagged + " of " + n + " flagged; " + missed);
        assertTrue(rightInTop3 >= 0.75 * n, rightInTop3 + " of " + n + " with the right suggestion; " + missed);
    }

    @Test
    void correctMedicalTermsInSentencesAreNotFlagged() throws IOException {
        int terms = 0;
        List<String> falseFlags = new ArrayList<>();
        for (String line : lines("medical-sentences.txt")) {
            String sentence = TERM.matcher(line).replaceAll("$1");
            Matcher t = TERM.matcher(line);
            while (t.find()) {
                terms++;
            }
            for (Misspelling m : us.check(sentence, w -> false)) {
                falseFlags.add(m.word() + " in: " + sentence);
            }
        }
        System.out.printf("spelling corpus: %d correct terms, %d false flags%n", terms, falseFlags.size());
        assertTrue(terms >= 1000, "terms " + terms);
        assertTrue(falseFlags.size() <= terms / 100, falseFlags.size() + " false flags: " + falseFlags);
    }

    private static List<String> lines(String name) throws IOException {
        Path file = corpus().resolve(name);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static Path corpus() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("bundles/org.tweetorial.core.tests/spelling-corpus");
            if (Files.isDirectory(c)) {
                return c;
            }
            if (Files.isDirectory(dir.resolve("spelling-corpus"))) {
                return dir.resolve("spelling-corpus");
            }
        }
        throw new IllegalStateException("spelling-corpus not found from " + System.getProperty("user.dir"));
    }
}
