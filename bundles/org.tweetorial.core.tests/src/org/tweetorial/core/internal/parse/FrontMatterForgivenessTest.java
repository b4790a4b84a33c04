package org.tweetorial.core.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Platform;

/** One bad front matter line costs only its own setting, is reported on its own line, and never eats a post. */
class FrontMatterForgivenessTest {

    private static Tweetorial parse(String text) throws TweetorialException {
        return Tweetorials.parse(text, Path.of("."));
    }

    /** "line: rule: message" of every parse problem. */
    private static List<String> problems(Tweetorial t) {
        return t.parseProblems().stream()
                .map(p -> p.range().startLine() + ": " + p.ruleId() + ": " + p.message()).toList();
    }

    private static List<String> bodies(Tweetorial t) {
        return t.posts().stream().map(Post::body).toList();
    }

    @Test
    void anUnclosedListCostsOnlyItsOwnSetting() throws Exception {
        Tweetorial t = parse("""
                ---
                title: Hyponatraemia in 5 posts
                platforms: [x, bluesky
                theme: dark
                card: square
                ---
                Post one
                """);
        assertEquals(List.of("3: frontmatter-syntax: front matter 'platforms' is not valid YAML: the list opened "
                + "with [ is not closed with ]; the default is used"), problems(t));
        FrontMatter f = t.frontMatter();
        assertEquals(Optional.of("Hyponatraemia in 5 posts"), f.title());
        assertEquals(Optional.of("dark"), f.theme());
        assertEquals(Optional.of("square"), f.card());
        assertEquals(List.of(Platform.X), f.platforms());
        assertEquals(List.of("Post one"), bodies(t));
    }

    @Test
    void anUnclosedListOnTheLastLineIsReportedOnThatLine() throws Exception {
        Tweetorial t = parse("---\ntitle: T\nhashtags: [MedEd\n---\nPost\n");
        assertEquals(List.of("3: frontmatter-syntax: front matter 'hashtags' is not valid YAML: the list opened "
                + "with [ is not closed with ]; the default is used"), problems(t));
        assertEquals(Optional.of("T"), t.frontMatter().title());
    }

    @Test
    void anUnclosedQuoteCostsOnlyItsOwnSetting() throws Exception {
        Tweetorial t = parse("---\ntitle: \"Sodium\ntheme: dark\n---\nPost\n");
        assertEquals(List.of("2: frontmatter-syntax: front matter 'title' is not valid YAML: the quoted text is "
                + "not closed with its quote; the default is used"), problems(t));
        assertEquals(Optional.empty(), t.frontMatter().title());
        assertEquals(Optional.of("dark"), t.frontMatter().theme());
    }

    @Test
    void aColonInAPlainValueIsExplained() throws Exception {
        Tweetorial t = parse("---\ntheme: dark\ntitle: Sodium: the basics\n---\nPost\n");
        assertEquals(List.of("3: frontmatter-syntax: front matter 'title' is not valid YAML: a value holding ': ' "
                + "must be put in quotes; the default is used"), problems(t));
        assertEquals(Optional.of("dark"), t.frontMatter().theme());
    }

    @Test
    void aLineThatIsNotASettingIsReportedOnItsOwnLine() throws Exception {
        Tweetorial t = parse("---\ntitle: T\ntitel X\ntheme: dark\n---\nPost\n");
        assertEquals(List.of("3: frontmatter-syntax: 'titel X' is not a key: value setting; it is ignored"),
                problems(t));
        assertEquals(Optional.of("T"), t.frontMatter().title());
        assertEquals(Optional.of("dark"), t.frontMatter().theme());
        assertEquals(List.of("Post"), bodies(t));
    }

    @Test
    void aKnownKeyWithoutColonBeforeTheClosingLineStaysInTheFrontMatter() throws Exception {
        Tweetorial t = parse("---\ntitle: T\ntheme dark\n---\nPost\n");
        assertEquals(List.of("3: frontmatter-syntax: 'theme dark' is not a key: value setting; it is ignored"),
                problems(t));
        assertEquals(List.of("Post"), bodies(t));
    }

    @Test
    void aMissingClosingLineSaysWhereToAddItAndKeepsPostOne() throws Exception {
        String text = """
                ---
                title: T
                theme: dark

                # Why is sodium low?
                Text of post 1.
                ---
                Post 2
                """;
        Tweetorial t = parse(text);
        assertEquals(List.of("3: frontmatter-unclosed: the front matter is not closed: add a line `---` after "
                + "line 3"), problems(t));
        assertEquals(List.of("Why is sodium low?\n\nText of post 1.", "Post 2"), bodies(t));
        assertEquals(Optional.of("T"), t.frontMatter().title());
        assertEquals(Optional.of("dark"), t.frontMatter().theme());

        Problem unclosed = t.parseProblems().get(0);
        assertEquals("Add a line --- after line 3 to close the front matter", unclosed.fix().orElseThrow().label());
        String fixed = unclosed.fix().orElseThrow().applyTo(text);
        assertEquals(text.replace("theme: dark\n", "theme: dark\n---\n"), fixed);
        assertEquals(List.of(), problems(parse(fixed)));
    }

    @Test
    void aFrontMatterThatIsNeverClosedBeforeTheEndIsAProblemNotAFailure() throws Exception {
        Tweetorial t = parse("---\ntitle: x\n\nFirst post\n");
        assertEquals(List.of("2: frontmatter-unclosed: the front matter is not closed: add a line `---` after "
                + "line 2"), problems(t));
        assertEquals(List.of("First post"), bodies(t));
        assertEquals(Optional.of("x"), t.frontMatter().title());
    }

    @Test
    void frontMatterAloneWithoutClosingLine() throws Exception {
        String text = "---\ntitle: x";
        Tweetorial t = parse(text);
        assertEquals(List.of("2: frontmatter-unclosed: the front matter is not closed: add a line `---` after "
                + "line 2", "2: thread-empty: the thread has no posts; write posts after the front matter, "
                + "separated by lines holding only ---"), problems(t));
        assertEquals("---\ntitle: x\n---\n", t.parseProblems().get(0).fix().orElseThrow().applyTo(text));
    }

    @Test
    void proseRightAfterTheOpeningLineIsPostOne() throws Exception {
        Tweetorial t = parse("---\nHello world\n---\nPost 2\n");
        assertEquals(List.of("1: frontmatter-unclosed: the front matter is not closed: add a line `---` after "
                + "line 1"), problems(t));
        assertEquals(List.of("Hello world", "Post 2"), bodies(t));
    }

    @Test
    void aBulletListRightAfterASettingIsPostText() throws Exception {
        Tweetorial t = parse("---\ntitle: T\n- first point\n- second point\n---\nPost 2\n");
        assertEquals(List.of("2: frontmatter-unclosed: the front matter is not closed: add a line `---` after "
                + "line 2"), problems(t));
        assertEquals(2, t.posts().size());
    }

    @Test
    void validFrontMatterWithBlockListsAndCommentsIsUnchanged() throws Exception {
        Tweetorial t = parse("---\n# settings\ntitle: T\nplatforms:\n- x\n- bluesky\nhashtags:\n  - MedEd\n"
                + "# end\n---\nPost\n");
        assertEquals(List.of(), problems(t));
        assertEquals(List.of(Platform.X, Platform.BLUESKY), t.frontMatter().platforms());
        assertEquals(List.of("#MedEd"), t.frontMatter().hashtags());
        assertEquals(List.of("Post"), bodies(t));
    }

    @Test
    void typingAValueStepByStepNeverResetsTheOtherKeys() throws Exception {
        String tail = "\ntheme: dark\ntitle: Sodium\n---\nPost\n";
        for (String partial : List.of("platforms: [", "platforms: [x", "platforms: [x,", "platforms: [x, blue",
                "platforms: [x, bluesky]")) {
            FrontMatter f = parse("---\n" + partial + tail).frontMatter();
            assertEquals(Optional.of("dark"), f.theme(), partial);
            assertEquals(Optional.of("Sodium"), f.title(), partial);
        }
    }
}
