package org.tweetorial.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;

/** The Mastodon limit in effect: the front matter's mastodon_limit, else the instance limit of the options. */
class MastodonLimitTest {

    private static final String LONG_POST = "word ".repeat(120).strip();

    @TempDir
    Path dir;

    private List<String> tooLong(String frontMatter, LintOptions options) throws Exception {
        Tweetorial t = Tweetorials.parse("---\nplatforms: mastodon\nnumbering: none\n" + frontMatter + "---\n"
                + LONG_POST + "\n", dir);
        return Linter.lint(t, options).stream().filter(p -> p.ruleId().equals("post-too-long"))
                .map(Problem::message).toList();
    }

    @Test
    void theOptionsInstanceLimitApplies() throws Exception {
        assertEquals(List.of("post 1 is 99 over Mastodon's limit (599/500)"), tooLong("", LintOptions.defaults()));
        assertEquals(List.of(), tooLong("", LintOptions.defaults().withMastodonLimit(1000)));
    }

    @Test
    void theFrontMatterWinsOverTheOptions() throws Exception {
        LintOptions instance1000 = LintOptions.defaults().withMastodonLimit(1000);
        assertEquals(List.of("post 1 is 99 over Mastodon's limit (599/500)"),
                tooLong("mastodon_limit: 500\n", instance1000));
        assertEquals(List.of(), tooLong("mastodon_limit: 600\n", LintOptions.defaults()));
    }

    @Test
    void effectiveLimitIsOneRuleForEveryCaller() throws Exception {
        Tweetorial declared = Tweetorials.parse("---\nmastodon_limit: 500\n---\nPost\n", dir);
        Tweetorial undeclared = Tweetorials.parse("Post\n", dir);
        LintOptions instance1000 = LintOptions.defaults().withMastodonLimit(1000);
        assertEquals(500, instance1000.mastodonLimit(declared));
        assertEquals(1000, instance1000.mastodonLimit(undeclared));
        assertEquals(500, LintOptions.defaults().mastodonLimit(undeclared));
        assertThrows(IllegalArgumentException.class, () -> LintOptions.defaults().withMastodonLimit(0));
    }
}
