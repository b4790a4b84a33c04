package org.tweetorial.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Linter;

/** Every bundled example, threads and infographics alike, has no spelling finding (with the examples' dictionary). */
class ExamplesSpellingTest {

    @Test
    void noExampleHasASpellingFinding() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(ExamplesTest.examples())) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the examples: " + files);
        List<String> findings = files.stream().flatMap(file -> spelling(file).stream()).toList();
        assertEquals(List.of(), findings);
    }

    private static List<String> spelling(Path file) {
        try {
            return Linter.lint(Tweetorials.parse(file), LintOptions.defaults()).stream()
                    .filter(p -> p.ruleId().equals("spelling"))
                    .map(p -> file.getFileName() + ":" + p.range().startLine() + " " + p.message())
                    .toList();
        } catch (TweetorialException e) {
            throw new AssertionError(file + " does not parse: " + e.getMessage(), e);
        }
    }
}
