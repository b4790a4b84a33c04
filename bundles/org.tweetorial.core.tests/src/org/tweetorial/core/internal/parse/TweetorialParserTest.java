package org.tweetorial.core.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Block;
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;

class TweetorialParserTest {

    static Tweetorial parse(String text) throws TweetorialException {
        return Tweetorials.parse(text, Path.of("."));
    }

    static List<String> posted(Tweetorial t) {
        return t.posts().stream().map(Post::postedText).toList();
    }

    @Test
    void postsAreSplitAtSeparatorLinesButNotInCode() throws Exception {
        Tweetorial t = parse("""
                ---
                numbering: none
                ---
                First
                ---
                ```
                ---
                ```
                ---\t
                Third
                """);
        assertEquals(List.of("First", "---", "Third"), posted(t));
        assertEquals(4, t.posts().get(0).range().startLine());
        assertEquals(6, t.posts().get(1).range().startLine());
    }

    @Test
    void aNewlineInsideAPostIsALineBreakAsTyped() throws Exception {
        String post = """
                Them: it's just anxiety.
                Me: troponin first.
                - dose
                  in mg
                """;
        Tweetorial typed = parse("---\nnumbering: none\n---\n" + post);
        assertEquals("Them: it's just anxiety.\nMe: troponin first.\n\n- dose\nin mg", typed.posts().get(0).body());
        assertTrue(typed.frontMatter().breaks());
        Tweetorial soft = parse("---\nnumbering: none\nbreaks: false\n---\n" + post);
        assertEquals("Them: it's just anxiety. Me: troponin first.\n\n- dose in mg", soft.posts().get(0).body());
        assertFalse(soft.frontMatter().breaks());
    }

    @Test
    void breaksMustBeTrueOrFalse() throws Exception {
        Tweetorial t = parse("---\nbreaks: sometimes\n---\nOne\ntwo\n");
        assertTrue(t.parseProblems().stream().anyMatch(p -> p.message().contains("breaks 'sometimes' is not one of true, false")),
                t.parseProblems().toString());
        assertEquals("One\ntwo", t.posts().get(0).body());
    }

    @Test
    void postedTextIsPlain() throws Exception {
        Tweetorial t = parse("""
                ---
                numbering: none
                breaks: false
                ---
                # A *heading*

                Some **bold**, _italic_ and `code`. A [link](https://example.com/a) and <https://x.org>.
                Soft break\\
                hard break.

                - one
                - two
                  1. nested
                * star

                3) three
                """);
        assertEquals("""
                A heading

                Some bold, italic and code. A link (https://example.com/a) and https://x.org. Soft break
                hard break.

                - one
                - two
                  1. nested

                • star

                3) three""", t.posts().get(0).postedText());
        Post p = t.posts().get(0);
        assertEquals(Optional.of("A heading"), p.heading());
        assertEquals(List.of("one", "two", "nested", "star", "three"), p.listItems());
    }

    @Test
    void imagesNotesAndCardsAreNotPosted() throws Exception {
        Tweetorial t = parse("""
                ---
                numbering: none
                ---
                Text.

                ![A chest X-ray](img/cxr.png "Credit: Dr Example")
                ![](img/two.jpg)

                Note: ask the audience first.

                <!-- note: second note -->
                <!-- card: layout=stat value="1 in 3" caption="adults" -->
                <!-- an ordinary comment -->
                """);
        Post p = t.posts().get(0);
        assertEquals("Text.", p.postedText());
        assertEquals(2, p.images().size());
        assertEquals("A chest X-ray", p.images().get(0).alt());
        assertEquals(Optional.of("Credit: Dr Example"), p.images().get(0).credit());
        assertEquals(6, p.images().get(0).range().startLine());
        assertEquals(List.of("ask the audience first.", "second note"), p.notes());
        assertEquals(CardLayout.STAT, p.card().orElseThrow().layout());
        assertEquals("1 in 3", p.card().orElseThrow().attribute("value").orElseThrow());
        assertEquals(List.of(), t.parseProblems());
    }

    @Test
    void quotesKeepTheirAttribution() throws Exception {
        Post p = parse("> To cure sometimes.\n>\n> — Anonymous\n").posts().get(0);
        assertEquals(new Block.Quote("To cure sometimes.", Optional.of("Anonymous")), p.blocks().get(0));
        assertTrue(p.postedText().endsWith("“To cure sometimes.”\n— Anonymous"));
    }

    @Test
    void cardDirectivesAreValidated() throws Exception {
        Tweetorial t = parse("""
                A <!-- card: layout=pie value=3 -->
                ---
                B <!-- card: layout=stat colour=red -->
                ---
                C <!-- card: layout=quote text="unclosed -->
                """);
        List<String> rules = t.parseProblems().stream().map(Problem::ruleId).toList();
        assertEquals(List.of("card-layout", "card-attribute", "card-missing-attribute", "card-syntax"), rules);
        assertTrue(t.parseProblems().get(0).message().contains("title, key-point, stat, list, image, quote, "
                + "comparison, visual-abstract, references, closing"));
        assertTrue(t.parseProblems().get(1).message().contains("colour"));
        assertEquals(3, t.parseProblems().get(1).range().startLine());
        assertTrue(t.parseProblems().stream().allMatch(p -> p.severity() == Severity.ERROR));
    }

    @Test
    void frontMatterProblemsHaveLines() throws Exception {
        Tweetorial t = parse("""
                ---
                title: T
                colour: blue
                platforms: [x, myspace]
                mastodon_limit: [1]
                numbering: "#"
                ---
                Post
                """);
        List<Problem> problems = t.parseProblems();
        assertEquals(List.of("frontmatter-unknown-key", "frontmatter-value", "frontmatter-type",
                "frontmatter-value"), problems.stream().map(Problem::ruleId).toList());
        assertEquals(List.of(3, 4, 5, 6), problems.stream().map(p -> p.range().startLine()).toList());
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertEquals(Severity.ERROR, problems.get(2).severity());
        assertEquals(List.of(Platform.X), t.frontMatter().platforms());
    }

    @Test
    void frontMatterValuesAreRead() throws Exception {
        FrontMatter f = parse("""
                ---
                title: "Title"
                author: A
                handle: "@a"
                platforms: bluesky, mastodon
                numbering: "🧵 {n}/{N}"
                numbering_position: end
                hashtags: [MedEd, "#FOAMed"]
                hashtags_position: first
                theme: dark
                card: x-large
                language: en
                mastodon_limit: 1000
                references: none
                split: auto
                paper: Letter
                date: 2026-03-14
                ---
                Post
                """).frontMatter();
        assertEquals(List.of(Platform.BLUESKY, Platform.MASTODON), f.platforms());
        assertEquals("🧵 2/9", f.numbering().label(2, 9));
        assertEquals(List.of("#MedEd", "#FOAMed"), f.hashtags());
        assertEquals(FrontMatter.HashtagPosition.FIRST, f.hashtagsPosition());
        assertEquals(1000, f.mastodonLimit());
        assertEquals(FrontMatter.ReferencesStyle.NONE, f.references());
        assertEquals(FrontMatter.SplitMode.AUTO, f.split());
        assertEquals(Optional.of("x-large"), f.card());
        assertEquals(1, f.range().orElseThrow().startLine());
        assertEquals(Optional.of(FrontMatter.Paper.LETTER), f.paper());
        assertEquals(Optional.of("2026-03-14"), f.date());
    }

    @Test
    void badPaperIsAFindingAndLeavesTheDefault() throws Exception {
        Tweetorial t = parse("---\ntitle: T\npaper: a5\n---\nPost\n");
        assertEquals(List.of("frontmatter-value"), t.parseProblems().stream().map(Problem::ruleId).toList());
        assertEquals(3, t.parseProblems().get(0).range().startLine());
        assertTrue(t.parseProblems().get(0).message().contains("a4, letter"), t.parseProblems().get(0).message());
        assertEquals(Optional.empty(), t.frontMatter().paper());
        assertEquals(Optional.empty(), t.frontMatter().date());
    }

    @Test
    void yamlSyntaxErrorIsAProblemWithLine() throws Exception {
        Tweetorial t = parse("---\ntitle: [unclosed\nauthor: x\n---\nPost\n");
        assertEquals("frontmatter-syntax", t.parseProblems().get(0).ruleId());
        assertEquals(2, t.parseProblems().get(0).range().startLine());
        assertEquals(Optional.of("x"), t.frontMatter().author());
        assertEquals(1, t.posts().size());
    }

    @Test
    void numberingAndHashtagsArePostedAndCounted() throws Exception {
        Tweetorial t = parse("""
                ---
                numbering: n/N
                hashtags: [MedEd]
                ---
                One
                ---
                Two
                """);
        assertEquals(List.of("1/2 One", "2/2 Two\n\n#MedEd"), posted(t));
        Tweetorial end = parse("---\nnumbering: \"({n})\"\nnumbering_position: end\nhashtags: MedEd\n"
                + "hashtags_position: first\n---\nOne\n---\nTwo\n");
        assertEquals(List.of("One\n\n#MedEd\n\n(1)", "Two\n\n(2)"), posted(end));
        assertEquals(List.of("One", "Two"), posted(parse("---\nnumbering: none\n---\nOne\n---\nTwo\n")));
        assertEquals(List.of("1/ One"), posted(parse("---\nnumbering: n/\n---\nOne\n")));
    }

    @Test
    void footnotesBecomeNumberedReferencesPost() throws Exception {
        Tweetorial t = parse("""
                ---
                numbering: n/N
                ---
                Claim one.[^a] Also PMID: 31535829.
                ---
                Claim two.[^b] Again.[^a]

                [^a]: Smith J. Paper A. NEJM 2020. https://doi.org/10.1056/NEJMoa2000001
                [^b]: Jones K. Paper B. Lancet 2021.
                """);
        assertEquals(List.of("1/3 Claim one.[1] Also PMID: 31535829.", "2/3 Claim two.[3] Again.[1]",
                "3/3 References\n[1] Smith J. Paper A. NEJM 2020. https://doi.org/10.1056/NEJMoa2000001\n"
                        + "[2] https://pubmed.ncbi.nlm.nih.gov/31535829/\n[3] Jones K. Paper B. Lancet 2021."),
                posted(t));
        assertEquals(Optional.of("10.1056/NEJMoa2000001"), t.citations().get(0).doi());
        assertEquals(Optional.of("31535829"), t.citations().get(1).pmid());
        assertEquals(2, t.posts().get(1).citations().size());
        assertTrue(t.posts().get(2).generated());
        assertEquals(List.of(), t.parseProblems());
    }

    @Test
    void definitionOnlySectionIsNotAPostAndReferencesCanBeOff() throws Exception {
        Tweetorial t = parse("---\nreferences: none\nnumbering: none\n---\nA[^1]\n---\n[^1]: Source.\n");
        assertEquals(List.of("A[1]"), posted(t));
        assertEquals(1, t.posts().get(0).citations().size());
    }

    @Test
    void footnoteProblems() throws Exception {
        Tweetorial t = parse("A[^x]\n\n[^y]: unused\n[^y]: twice\n");
        assertEquals(List.of("footnote-undefined", "footnote-unused", "footnote-duplicate"),
                t.parseProblems().stream().map(Problem::ruleId).toList());
    }

    @Test
    void splitAutoSplitsAtSentencesAndRenumbers() throws Exception {
        String sentence = "The left ventricle fills in diastole and ejects in systole. ";
        Tweetorial t = parse("---\nsplit: auto\nplatforms: [x]\n---\n" + sentence.repeat(10)
                + "See https://example.com/" + "p".repeat(40) + " for more.\n---\nLast post.\n");
        assertTrue(t.posts().size() >= 4, posted(t).toString());
        int total = t.posts().size();
        for (Post p : t.posts()) {
            assertTrue(Platforms.count(Platform.X, p.postedText()).fits(), p.postedText());
            assertTrue(p.postedText().startsWith(p.number() + "/" + total + " "), p.postedText());
        }
        assertTrue(t.posts().get(0).postedText().endsWith("systole."), "cut after a sentence");
        assertTrue(posted(t).stream().anyMatch(s -> s.contains("https://example.com/" + "p".repeat(40))),
                "URL kept whole");
        assertEquals("Last post.", t.posts().get(total - 1).body());
    }

    @Test
    void splitAutoFallsBackToWordsAndGraphemes() throws Exception {
        String words = "word ".repeat(120);
        Tweetorial t = parse("---\nsplit: auto\nnumbering: none\n---\n" + words + "\n");
        assertEquals(3, t.posts().size());
        assertTrue(t.posts().stream().allMatch(p -> p.body().endsWith("word")));
        String emoji = PlatformsTestData.WOMAN_HEALTH_WORKER.repeat(200);
        Tweetorial e = parse("---\nsplit: auto\nnumbering: none\n---\n" + emoji + "\n");
        String joined = String.join("", posted(e));
        assertEquals(emoji, joined, "no cluster was cut");
        assertTrue(e.posts().stream().allMatch(p -> Platforms.count(Platform.X, p.postedText()).fits()));
    }

    @Test
    void splitAutoCutsLongDraftsIntoFittingPartsAndKeepsEveryCharacter() throws Exception {
        String prose = "Preload rises, the ventricle stretches, and stroke volume follows (Frank-Starling). ".repeat(400);
        Tweetorial t = parse("---\nsplit: auto\nplatforms: [x, bluesky]\n---\n" + prose + "\n");
        assertTrue(t.posts().size() > 100, "posts: " + t.posts().size());
        for (Post p : t.posts()) {
            assertTrue(Platforms.count(Platform.X, p.postedText()).fits(), p.postedText());
            assertTrue(Platforms.count(Platform.BLUESKY, p.postedText()).fits(), p.postedText());
            assertTrue(p.body().endsWith("."), "cut after a sentence: " + p.body());
        }
        assertEquals(prose.strip(), String.join(" ", t.posts().stream().map(Post::body).toList()));

        String word = ("a\u0308" + PlatformsTestData.WOMAN_HEALTH_WORKER + "x").repeat(3_000);
        Tweetorial w = parse("---\nsplit: auto\nnumbering: none\n---\n" + word + "\n");
        assertTrue(w.posts().size() > 10, "posts: " + w.posts().size());
        assertEquals(word, String.join("", posted(w)), "no character lost, no cluster cut");
        int at = 0;
        for (Post p : w.posts()) {
            assertTrue(Platforms.count(Platform.X, p.postedText()).fits(), p.postedText());
            assertTrue(org.tweetorial.core.text.Graphemes.isBoundary(word, at), "cut at " + at);
            at += p.body().length();
        }
    }

    @Test
    void emptyThreadIsAnError() throws Exception {
        Tweetorial t = parse("---\ntitle: only settings\n---\n\n");
        assertEquals("thread-empty", t.parseProblems().get(0).ruleId());
    }

    @Test
    void crlfFilesWork() throws Exception {
        Tweetorial t = parse("---\r\nnumbering: none\r\n---\r\nOne\r\n---\r\nTwo\r\n");
        assertEquals(List.of("One", "Two"), posted(t));
        assertFalse(t.posts().get(1).markdown().contains("---"));
    }

    /** Shared literals. */
    static final class PlatformsTestData {
        static final String WOMAN_HEALTH_WORKER = "\uD83D\uDC69\u200D\u2695\uFE0F";
    }
}
