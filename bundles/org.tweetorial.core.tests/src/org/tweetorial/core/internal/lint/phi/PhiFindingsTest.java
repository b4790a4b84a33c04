package org.tweetorial.core.internal.lint.phi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Tweetorial;

/** What a finding says and covers, its severity, its fixes, and the consent marker. */
class PhiFindingsTest {

    private static final String FM = "---\nnumbering: none\nplatforms: [mastodon]\n---\n";

    private static List<Problem> phi(String text) throws Exception {
        Tweetorial t = Tweetorials.parse(text, Path.of("."));
        return Tweetorials.check(t, LintOptions.defaults()).stream().filter(p -> p.ruleId().startsWith("phi-"))
                .toList();
    }

    private static String covered(String text, Problem p) {
        return text.substring(p.range().startOffset(), p.range().endOffset());
    }

    @Test
    void nhsNumberIsANationalIdNotAPhoneNumber() throws Exception {
        String text = FM + "NHS number 999 590 8301 on the letter.";
        List<Problem> found = phi(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals("phi-national-id", found.get(0).ruleId());
        assertEquals("999 590 8301", covered(text, found.get(0)));
    }

    @Test
    void frenchPhoneNumberIsCoveredWithItsLastGroup() throws Exception {
        String text = FM + "Le numéro de sa fille : +33 1 99 00 12 34.";
        Problem p = phi(text).get(0);
        assertEquals("phi-phone", p.ruleId());
        assertEquals("+33 1 99 00 12 34", covered(text, p));
    }

    @Test
    void highConfidenceIdentifiersAreErrorsOthersWarnings() throws Exception {
        List<Problem> found = phi(FM + "MRN: RX-448812. A 93-year-old man.");
        assertEquals(Severity.ERROR, found.get(0).severity(), found.toString());
        assertEquals("phi-mrn", found.get(0).ruleId());
        assertEquals(Severity.WARNING, found.get(1).severity(), found.toString());
        assertEquals("phi-age", found.get(1).ruleId());
        Problem named = phi(FM + "Mr Okonkwo, 67, presented with chest pain.").get(0);
        assertEquals(Severity.ERROR, named.severity(), "a name next to clinical detail: " + named);
    }

    @Test
    void messageNamesCategoryAndReason() throws Exception {
        Problem p = phi(FM + "Her daughter asked us to call her on 07700 900461.").get(0);
        assertTrue(p.message().contains("(phone or fax number) '07700 900461'"), p.message());
        assertTrue(p.message().contains("phone label"), p.message());
    }

    @Test
    void redactionLeavesCleanText() throws Exception {
        String text = FM + "Mrs Jones, 84, DOB 14/07/1952, admitted on 3 March.\n";
        List<Problem> found = phi(text);
        assertEquals(List.of("phi-name", "phi-dob", "phi-date"), found.stream().map(Problem::ruleId).toList());
        List<Fix> redactions = found.stream().map(p -> p.fixes().get(0)).toList();
        String fixed = new Fix("all", redactions.stream().flatMap(f -> f.edits().stream()).toList()).applyTo(text);
        assertEquals(FM + "[name], 84, DOB [date], admitted on [date].\n", fixed);
        assertEquals(List.of(), phi(fixed));
    }

    @Test
    void agesAreRedactedIntoGrammaticalText() throws Exception {
        String text = FM + "A 93-year-old woman and a 91F with falls.\n";
        String fixed = text;
        for (Problem p : phi(text).reversed()) {
            fixed = p.fixes().get(0).applyTo(fixed);
        }
        assertEquals(FM + "A 90-plus-year-old woman and a 90+F with falls.\n", fixed);
    }

    @Test
    void consentFixMarksThePostAndFindingsBecomeInformation() throws Exception {
        String text = FM + "Mrs Rossi came back to clinic.\n---\nNext post.\n";
        Problem p = phi(text).get(0);
        Fix consent = p.fixes().get(1);
        assertEquals("Mark as shared with consent", consent.label());
        String marked = consent.applyTo(text);
        assertEquals(FM + "Mrs Rossi came back to clinic.\n<!-- consent -->\n---\nNext post.\n", marked);
        Tweetorial t = Tweetorials.parse(marked, Path.of("."));
        assertTrue(t.posts().get(0).consent());
        assertFalse(t.posts().get(1).consent());
        assertEquals("Mrs Rossi came back to clinic.", t.posts().get(0).postedText());
        List<Problem> after = phi(marked);
        assertEquals(1, after.size());
        assertEquals(Severity.INFO, after.get(0).severity());
        assertTrue(after.get(0).message().contains("shared with the patient's consent"), after.get(0).message());
        assertEquals(1, after.get(0).fixes().size(), "no second consent marker offered");
    }

    @Test
    void consentMarkerForms() throws Exception {
        for (String marker : List.of("<!-- consent -->", "<!--CONSENT-->", "<!-- Consent: verbal, 2026-11-30 -->")) {
            Tweetorial t = Tweetorials.parse(FM + "Text.\n\n" + marker + "\n", Path.of("."));
            assertTrue(t.posts().get(0).consent(), marker);
        }
        for (String notMarker : List.of("<!-- consents -->", "`<!-- consent -->`", "```\n<!-- consent -->\n```",
                "<!-- note: consent -->")) {
            Tweetorial t = Tweetorials.parse(FM + "Text.\n\n" + notMarker + "\n", Path.of("."));
            assertFalse(t.posts().get(0).consent(), notMarker);
        }
    }

    @Test
    void authorsOwnNameAndHandleAreNotPatients() throws Exception {
        String fm = "---\nauthor: Dr Amara Okafor\nhandle: \"@DrOkaforMedEd\"\n---\n";
        assertEquals(List.of(), phi(fm + "Amara Okafor was admitted to the speakers' list; follow @DrOkaforMedEd "
                + "for her blog."));
    }

    @Test
    void checkDigits() {
        assertTrue(ShapedNumbers.nhsChecksumValid("9434765919"));
        assertFalse(ShapedNumbers.nhsChecksumValid("9434765918"));
        assertTrue(ShapedNumbers.ibanValid("GB82 WEST 1234 5698 7654 32"));
        assertFalse(ShapedNumbers.ibanValid("GB82 WEST 1234 5698 7654 33"));
        assertTrue(ShapedNumbers.luhn("4000051877203625"));
    }

    @Test
    void dictionariesLoadWithTheirEntries() {
        PhiDictionaries d = PhiDictionaries.get();
        assertTrue(d.isName("Priya") && d.isName("okonkwo"));
        assertTrue(d.isPlace("Tewkesbury"));
        assertTrue(d.isEnglishWord("snoring") && !d.isEnglishWord("Okonkwo"));
        assertTrue(d.sizes()[0] > 100_000 && d.sizes()[1] > 50_000 && d.sizes()[2] > 200_000);
    }
}
