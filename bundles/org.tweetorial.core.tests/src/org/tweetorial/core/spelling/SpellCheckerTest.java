package org.tweetorial.core.spelling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.internal.spelling.HunspellDictionaries;
import org.tweetorial.core.internal.spelling.HunspellDictionaries.Variant;
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
    void noLanguageMeansAmericanSpellingFromOneDictionary() {
        int loadsBefore = HunspellDictionaries.loads();
        boolean usLoaded = HunspellDictionaries.isLoaded(Variant.US);
        boolean gbLoaded = HunspellDictionaries.isLoaded(Variant.GB);
        SpellChecker none = SpellChecker.forLanguage("").orElseThrow();
        none.preload();
        assertSame(us, none, "no language is en-US");
        assertEquals("en-US", none.dictionaryName());
        assertEquals(loadsBefore + (usLoaded ? 0 : 1), HunspellDictionaries.loads(), "at most the en-US dictionary");
        assertEquals(gbLoaded, HunspellDictionaries.isLoaded(Variant.GB), "en-GB is not loaded for no language");
        assertEquals(List.of("colour"), unknown(none, "colour or color"));
    }

    @Test
    void plainEnglishIsOneDictionaryWithBothWordLists() throws Exception {
        assertArrayEquals(HunspellDictionaries.affixFile(Variant.US), HunspellDictionaries.affixFile(Variant.GB),
                "both spellings' word lists can share one affix file only if the packages ship the same one");
        int loadsBefore = HunspellDictionaries.loads();
        boolean eitherLoaded = HunspellDictionaries.isLoaded(Variant.EITHER);
        boolean usLoaded = HunspellDictionaries.isLoaded(Variant.US);
        boolean gbLoaded = HunspellDictionaries.isLoaded(Variant.GB);
        SpellChecker en = SpellChecker.forLanguage("en").orElseThrow();
        assertEquals(List.of("colourr", "colorr"), unknown(en, "colour color colourr colorr organise organize"));
        assertEquals(loadsBefore + (eitherLoaded ? 0 : 1), HunspellDictionaries.loads(), "one dictionary for en");
        assertEquals(usLoaded, HunspellDictionaries.isLoaded(Variant.US));
        assertEquals(gbLoaded, HunspellDictionaries.isLoaded(Variant.GB));
        assertTrue(en.suggest("haemoglobn", 3).contains("haemoglobin"), en.suggest("haemoglobn", 3).toString());
    }

    @Test
    void aKeystrokeRechecksOnlyTheEditedPost() {
        String run = UUID.randomUUID().toString().replace("-", "");
        List<String> posts = IntStream.range(0, 50).mapToObj(i -> "Post " + i + " on sepsis, lactate and "
                + "fluids (" + run + ")").toList();
        long scanned = us.textsScanned();
        posts.forEach(p -> us.check(p, w -> false));
        assertEquals(scanned + 50, us.textsScanned(), "a new file: every post scanned once");
        posts.forEach(p -> us.check(p, w -> false));
        assertEquals(scanned + 50, us.textsScanned(), "unchanged posts come from the memo");
        for (int i = 0; i < posts.size(); i++) {
            us.check(i == 7 ? posts.get(i) + " and" : posts.get(i), w -> false);
        }
        assertEquals(scanned + 51, us.textsScanned(), "one post edited: one post scanned");
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
