package org.tweetorial.core.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Tweetorial;

class SpellCheckerTest {

    private final SpellChecker us = SpellChecker.forLanguage("en-US").orElseThrow();

    private List<String> unknown(SpellChecker c, String text) {
        return c.check(text, w -> false).stream().map(Misspelling::word).toList();
    }

    @Test
    void skipsWhatIsNotProse() {
        String text = "See https://exampel.org/abcdefg and www.exampel.com, ask @drwrongg, #notaword and "
                + "`codde` or ```\nfencde\n``` <!-- card: layout=stat titel=x --> [^refx] 10.1056/NEJMoaXYZQ "
                + "PMID: 123 give 10 mcg, 5mL, ABCDE, SGLT2i, covid19 x [link](https://exampel.org/qq)";
        assertEquals(List.of(), unknown(us, text));
    }

    @Test
    void camelCaseHashtagsAreCheckedWordByWord() {
        List<Misspelling> found = us.check("Join #SepssisWeek today", w -> false);
        assertEquals(List.of("Sepssis"), found.stream().map(Misspelling::word).toList());
        assertEquals("Sepssis", "Join #SepssisWeek today".substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void followsTheLanguageAndKnowsMedicalWords() {
        SpellChecker gb = SpellChecker.forLanguage("en-GB").orElseThrow();
        assertEquals(List.of("color"), unknown(gb, "colour or color"));
        assertEquals(List.of("colour"), unknown(us, "colour or color"));
        assertEquals(List.of(), unknown(us, "Empagliflozin and sacubitril in HFpEF; eGFR and NSTEMI on #MedEd."));
        assertTrue(SpellChecker.forLanguage("fr").isEmpty(), "other languages are not checked");
        assertEquals(List.of(), unknown(SpellChecker.forLanguage("en").orElseThrow(), "colour or color"),
                "plain en accepts either spelling");
        assertTrue(us.suggest("empaglifozin", 3).contains("empagliflozin"));
    }

    @Test
    void projectDictionaryIsSortedAndAccepted(@TempDir Path dir) throws Exception {
        Path dictionary = WordLists.projectDictionary(dir);
        assertEquals(dir.toAbsolutePath().resolve(".tweetorial/dictionary.txt"), dictionary);
        WordLists.add(dictionary, "zanubrutinib");
        WordLists.add(dictionary, "Abelacimab");
        WordLists.add(dictionary, "zanubrutinib");
        assertEquals("Abelacimab\nzanubrutinib\n", Files.readString(dictionary, StandardCharsets.UTF_8));
        var accepted = WordLists.accepted(dir, Set.of("ignoredd"));
        assertEquals(List.of("wrongg"), us.check("Zanubrutinib, abelacimab? ignoredd wrongg", accepted).stream()
                .map(Misspelling::word).filter(w -> !w.equalsIgnoreCase("abelacimab")).toList());
    }

    @Test
    void theSpellingRuleReportsInformationWithSuggestionsAsFixes(@TempDir Path dir) throws Exception {
        Tweetorial t = Tweetorials.parse("---\nplatforms: [x]\n---\nWe gave furosemid and warfrin.\n", dir);
        List<Problem> spelling = Tweetorials.check(t, LintOptions.defaults()).stream()
                .filter(p -> p.ruleId().equals("spelling")).toList();
        assertEquals(2, spelling.size(), spelling.toString());
        Problem p = spelling.get(1);
        assertEquals(Severity.INFO, p.severity());
        assertTrue(p.message().contains("'warfrin'") && p.message().contains("warfarin"), p.message());
        assertEquals("warfarin", p.fixes().get(0).edits().get(0).replacement());
        assertEquals("warfrin", t.text().substring(p.range().startOffset(), p.range().endOffset()));
        WordLists.add(WordLists.projectDictionary(dir), "warfrin");
        assertEquals(1, Tweetorials.check(t, LintOptions.defaults()).stream()
                .filter(q -> q.ruleId().equals("spelling")).count());
    }
}
