package org.tweetorial.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;

/** The real tweetorials in examples/ parse, are clean and have the expected shape. */
class ExamplesTest {

    /** examples/ of the repository: found by walking up from the working directory. */
    static Path examples() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above " + System.getProperty("user.dir"));
    }

    @ParameterizedTest
    @CsvSource({
        "frank-starling.md, 12, 3",
        "sglt2-visual-abstract.md, 12, 2",
        "journal-club-recovery-dexamethasone.md, 12, 2",
        "conference-live-thread.md, 11, 1",
        "case-quiz-anion-gap.md, 13, 1"})
    void exampleIsCleanAndComplete(String name, int posts, int citations) throws Exception {
        Tweetorial t = Tweetorials.parse(examples().resolve(name));
        assertEquals(posts, t.posts().size(), "posts incl. the generated references post");
        assertEquals(citations, t.citations().size());
        List<Problem> problems = Tweetorials.check(t, LintOptions.defaults());
        assertEquals(List.of(), problems, "examples are clean");
        assertTrue(t.frontMatter().title().isPresent());
        Post last = t.posts().get(t.posts().size() - 1);
        assertTrue(last.generated(), "references post is generated");
        assertTrue(t.posts().stream().anyMatch(p -> !p.images().isEmpty()), "has an image");
        assertTrue(t.posts().stream().anyMatch(p -> p.card().isPresent() && !p.generated()), "has a card");
        assertTrue(t.posts().stream().anyMatch(p -> !p.listItems().isEmpty()), "has a list");
        for (Post p : t.posts()) {
            for (Platform platform : t.frontMatter().platforms()) {
                assertTrue(Platforms.count(platform, p.postedText()).fits(), name + " post " + p.number());
            }
            assertFalse(p.postedText().contains("**"), "emphasis markers are dropped");
        }
    }

    @ParameterizedTest
    @CsvSource({"frank-starling.md", "sglt2-visual-abstract.md", "journal-club-recovery-dexamethasone.md",
        "conference-live-thread.md", "case-quiz-anion-gap.md"})
    void exampleIsCleanOnEveryPlatform(String name) throws Exception {
        Tweetorial t = Tweetorials.parse(examples().resolve(name));
        var options = LintOptions.defaults().withPlatforms(java.util.Set.of(Platform.values()));
        assertEquals(List.of(), Tweetorials.check(t, options).stream().filter(Problem::isError).toList());
    }
}
