package org.tweetorial.core.internal.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Tweetorial;

/** Applying a fix removes the problem. */
class FixesTest {

    private static List<Problem> check(String text) throws Exception {
        return Tweetorials.check(Tweetorials.parse(text, Path.of(".")), LintOptions.defaults());
    }

    private static Fix fixOf(String text, String rule) throws Exception {
        return check(text).stream().filter(p -> p.ruleId().equals(rule)).findFirst().orElseThrow().fix()
                .orElseThrow();
    }

    @Test
    void splitFixSplitsAtASentenceAndBothPartsFit() throws Exception {
        String text = "---\nplatforms: [x, bluesky]\n---\nIntro post.\n---\n"
                + "Preload is the stretch of the ventricle at the end of diastole. ".repeat(6) + "\n";
        Fix fix = fixOf(text, "post-too-long");
        String fixed = fix.applyTo(text);
        Tweetorial t = Tweetorials.parse(fixed, Path.of("."));
        assertEquals(3, t.posts().size());
        assertTrue(t.posts().get(1).body().endsWith("diastole."), t.posts().get(1).body());
        assertTrue(check(fixed).stream().noneMatch(p -> p.ruleId().equals("post-too-long")), check(fixed)
                .toString());
    }

    @Test
    void httpFix() throws Exception {
        String text = "See http://example.com/a now";
        assertEquals("See https://example.com/a now", fixOf(text, "http-link").applyTo(text));
    }

    @Test
    void fancyUnicodeFix() throws Exception {
        String text = "This is \uD835\uDC01\uD835\uDC28\uD835\uDC25\uD835\uDC1D text";
        assertEquals("This is Bold text", fixOf(text, "fancy-unicode").applyTo(text));
    }

    @Test
    void doiFix() throws Exception {
        String text = "Trial: doi:10.1056/NEJMoa1911303.";
        assertEquals("Trial: https://doi.org/10.1056/NEJMoa1911303.",
                fixOf(text, "link-not-linkified").applyTo(text));
    }
}
