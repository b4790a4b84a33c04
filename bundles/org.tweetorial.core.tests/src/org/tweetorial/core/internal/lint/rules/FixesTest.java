package org.tweetorial.core.internal.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;

/** Each rule's fix gives exactly the expected text (no stray spaces, commas or blank lines) and a clear label. */
class FixesTest {

    private static final String SENTENCE = "Preload is the stretch of the ventricle at the end of diastole.";

    private static List<Problem> check(String text) throws Exception {
        return Tweetorials.check(Tweetorials.parse(text, Path.of(".")), LintOptions.defaults());
    }

    private static List<Fix> fixesOf(String text, String rule) throws Exception {
        return check(text).stream().filter(p -> p.ruleId().equals(rule)).map(p -> p.fix().orElseThrow()).toList();
    }

    private static Fix fixOf(String text, String rule) throws Exception {
        return fixesOf(text, rule).get(0);
    }

    @Test
    void splitFixEndsThePostAtTheLastSentenceThatFits() throws Exception {
        String head = "---\nnumbering: none\nplatforms: [x, bluesky]\n---\nIntro post.\n---\n";
        String first = String.join(" ", List.of(SENTENCE, SENTENCE, SENTENCE, SENTENCE));
        String text = head + first + " " + SENTENCE + " " + SENTENCE + "\n";
        List<Fix> fixes = fixesOf(text, "post-too-long");
        assertEquals(2, fixes.size(), "one problem per platform");
        assertEquals(fixes.get(0), fixes.get(1), "the same fix for both platforms, so it is offered once");
        Fix fix = fixes.get(0);
        assertEquals("Split post 2 in two at line 7 so that each part fits", fix.label());
        String fixed = fix.applyTo(text);
        assertEquals(head + first + "\n\n---\n\n" + SENTENCE + " " + SENTENCE + "\n", fixed);
        assertTrue(check(fixed).stream().noneMatch(p -> p.ruleId().equals("post-too-long")), check(fixed)
                .toString());
    }

    @Test
    void splitHereTrimsTheSpacesAroundTheCaret() throws Exception {
        String text = "---\nnumbering: none\n---\nOne two.   Three four.\n";
        Tweetorial t = Tweetorials.parse(text, Path.of("."));
        Post post = t.posts().get(0);
        int caret = text.indexOf("   ") + 1;
        Fix fix = SplitFixer.at(text, post, caret).orElseThrow();
        assertEquals("Split post 1 here: the rest becomes a new post", fix.label());
        assertEquals("---\nnumbering: none\n---\nOne two.\n\n---\n\nThree four.\n", fix.applyTo(text));
    }

    @Test
    void splitHereIsOnlyOfferedInsideThePostsText() throws Exception {
        String text = "---\nnumbering: none\n---\nOne two.\n\n---\nNext\n";
        Post post = Tweetorials.parse(text, Path.of(".")).posts().get(0);
        assertEquals(Optional.empty(), SplitFixer.at(text, post, post.range().startOffset()));
        assertEquals(Optional.empty(), SplitFixer.at(text, post, text.indexOf("two.") + 4));
    }

    @Test
    void httpFix() throws Exception {
        String text = "See http://example.com/a now";
        Fix fix = fixOf(text, "http-link");
        assertEquals("Change http:// to https://", fix.label());
        assertEquals("See https://example.com/a now", fix.applyTo(text));
    }

    @Test
    void fancyUnicodeFix() throws Exception {
        String bold = "\uD835\uDC01\uD835\uDC28\uD835\uDC25\uD835\uDC1D";
        String text = "This is " + bold + " text";
        Fix fix = fixOf(text, "fancy-unicode");
        assertEquals("Replace '" + bold + "' with plain letters 'Bold'", fix.label());
        assertEquals("This is Bold text", fix.applyTo(text));
    }

    @Test
    void doiFix() throws Exception {
        String text = "Trial: doi: 10.1056/NEJMoa1911303.";
        Fix fix = fixOf(text, "link-not-linkified");
        assertEquals("Replace 'doi: 10.1056/NEJMoa1911303' with the link https://doi.org/10.1056/NEJMoa1911303",
                fix.label());
        assertEquals("Trial: https://doi.org/10.1056/NEJMoa1911303.", fix.applyTo(text));
    }

    @Test
    void bareAddressFix() throws Exception {
        String text = "---\nplatforms: [mastodon]\n---\nRead nejm.org/doi/full/x today";
        Fix fix = fixOf(text, "link-not-linkified");
        assertEquals("Add https:// before 'nejm.org/doi/full/x'", fix.label());
        assertEquals("---\nplatforms: [mastodon]\n---\nRead https://nejm.org/doi/full/x today", fix.applyTo(text));
    }

    @Test
    void altMissingFixInsertsAPlaceholderThatIsThenAnError() throws Exception {
        String text = "Look:\n\n![](chart.png \"Credit: A\")\n";
        Fix fix = fixOf(text, "alt-missing");
        assertEquals("Insert a TODO alt text placeholder to fill in", fix.label());
        String fixed = fix.applyTo(text);
        assertEquals("Look:\n\n![TODO describe the image for people who cannot see it](chart.png \"Credit: A\")\n",
                fixed);
        assertEquals(List.of("alt-placeholder"), check(fixed).stream().filter(p -> p.ruleId().startsWith("alt-"))
                .map(Problem::ruleId).toList());
    }
}
