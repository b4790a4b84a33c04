package org.tweetorial.core.internal.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.bench.CoreBenchmark;
import org.tweetorial.core.internal.lint.phi.PhiHit;
import org.tweetorial.core.internal.lint.phi.PhiScanner;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Linter;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Tweetorial;

/**
 * The memos (counts, rendered Markdown, masked text, rule findings) and the PHI pre-checks change no result: a
 * parse and lint with warm memos equals one with empty memos, also while a document is being edited.
 */
class MemoConsistencyTest {

    private static final String[] PHI_PIECES = {"word ", "The ", "patient ", "\n", ", ", ". ", "MRN: ", "12345678 ",
        "DOB ", "03/04/1975 ", "12 March 2024 ", "March 12, 2024 ", "2024-03-12 ", "67-year-old man ", "45M ",
        "J.D., ", "Mrs K. ", "72F ", "aged 80 ", "bed 12 ", "room 403B ", "(555) 123-4567 ", "+44 20 7946 0958 ",
        "call ", "phone: ", "jane.doe@example.com ", "@user@mastodon.social ", "SSN ", "123-45-6789 ",
        "NHS number ", "943 476 5919 ", "9434765919 ", "3.5 mg ", "50% ", "no digits here ", "JD, ", "ICU, "};

    @Test
    void phiPreChecksAndMemoGiveTheScanResult() {
        Random random = new Random(3);
        List<String> texts = new ArrayList<>(List.of("", "no digits at all", "a@b", "x@example.org"));
        for (int i = 0; i < 600; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                sb.append(PHI_PIECES[random.nextInt(PHI_PIECES.length)]);
            }
            texts.add(sb.toString());
        }
        int found = 0;
        Set<String> own = Set.of("Dr Amara Okafor", "@DrOkaforMedEd");
        for (PhiStrictness strictness : PhiStrictness.values()) {
            for (String text : texts) {
                List<PhiHit> expected = PhiScanner.scanUncached(text, strictness, own);
                assertEquals(expected, PhiScanner.scan(text, strictness, own), strictness + ": " + text);
                assertEquals(expected, PhiScanner.scan(text, strictness, own), "memoized: " + text);
                found += expected.size();
            }
        }
        assertFalse(found == 0, "the samples trigger the rules");
    }

    @Test
    void warmMemosGiveTheSameResultAsEmptyOnes() throws Exception {
        List<String> documents = new ArrayList<>();
        documents.add(CoreBenchmark.thread(40));
        try (var files = Files.list(examples())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                documents.add(Files.readString(f));
            }
        }
        documents.add(LintRulesTestDocuments.ALL);
        for (String doc : documents) {
            assertSameWarmAndCold(doc);
        }
    }

    @Test
    void editingKeepsResultsIdentical() throws Exception {
        // Types into one post character by character and changes others, like the editor does.
        Random random = new Random(5);
        String doc = CoreBenchmark.thread(12);
        String typed = " MRN 1234567, see nejm.org/x #covid-19 @dr-smith http://a.org J.D., 45M in bed 7 😀 日本";
        int at = doc.indexOf("## Point 4") + 10;
        for (int i = 0; i < typed.length(); i++) {
            doc = doc.substring(0, at) + typed.charAt(i) + doc.substring(at);
            at++;
            if (random.nextInt(4) == 0) {
                int other = doc.indexOf("Plain words", random.nextInt(doc.length() / 2));
                if (other > 0) {
                    doc = doc.substring(0, other) + "x" + doc.substring(other);
                    at += other < at ? 1 : 0;
                }
            }
            assertSameWarmAndCold(doc);
        }
    }

    /** examples/ of the repository, found by walking up from the working directory. */
    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above the working directory");
    }

    private static void assertSameWarmAndCold(String doc) throws Exception {
        for (PhiStrictness strictness : PhiStrictness.values()) {
            LintOptions options = LintOptions.defaults().withPhiStrictness(strictness);
            Tweetorial warmThread = Tweetorials.parse(doc, Path.of("."));
            List<Problem> warm = Linter.lint(warmThread, options);
            TextMemo.clearAll();
            Tweetorial coldThread = Tweetorials.parse(doc, Path.of("."));
            List<Problem> cold = Linter.lint(coldThread, options);
            assertEquals(coldThread, warmThread, "parsed thread");
            assertEquals(cold, warm, "problems");
            assertEquals(cold, Linter.lint(Tweetorials.parse(doc, Path.of(".")), options), "problems, memoized");
        }
    }

    /** Positives of the rule tests in one document. */
    static final class LintRulesTestDocuments {
        static final String ALL = "---\nplatforms: [x, bluesky, mastodon]\nhashtags: [MedEd]\n---\n"
                + String.join("\n---\n", "Admitted, MRN: 12345678, for chest pain.",
                        "DOB 03/04/1975, presented with dyspnoea.", "Call her on (555) 123-4567 for results.",
                        "Her daughter wrote from jane.doe@example.com yesterday.", "SSN 123-45-6789 on the form.",
                        "NHS number 943 476 5919 on the letter.", "A 67-year-old man was admitted on 12 March 2024.",
                        "J.D., a 45-year-old man, had chest pain.", "The patient in bed 12 deteriorated.",
                        "This is \uD835\uDC01\uD835\uDC28\uD835\uDC25\uD835\uDC1D text.",
                        "#MedEd #FOAMed #Cardiology #ECG", "Read about #covid-19 today.", "Thanks @dr-smith for this.",
                        "See http://example.com/guide", "See doi:10.1056/NEJMoa1911303 and PMID: 123456",
                        "See nejm.org/doi/full/x for more.", "word ".repeat(70), "日本語のテキスト😀".repeat(30),
                        "> Quoted words.", "Cite[^a] and [^b] and [^zz].\n\n[^a]: Smith. https://doi.org/10.1/x\n"
                                + "[^b]: Jones. PMID 999");
    }
}
