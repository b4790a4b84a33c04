package org.tweetorial.core.internal.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Linter;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Tweetorial;

/** Every rule fires on a positive and stays silent on a realistic negative. */
class LintRulesTest {

    private static final String FM = "---\nnumbering: none\nplatforms: [x, bluesky, mastodon]\n---\n";

    @TempDir
    static Path dir;

    @BeforeEach
    void images() throws Exception {
        Files.write(dir.resolve("ok.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        Files.write(dir.resolve("fake.png"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0});
        Files.write(dir.resolve("huge.jpg"), new byte[2_500_000]);
        byte[] jpeg = new byte[2_500_000];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        Files.write(dir.resolve("big.jpg"), jpeg);
        Files.createDirectories(dir.resolve("themes/ward"));
        Files.writeString(dir.resolve("themes/ward/theme.properties"), "background=#ffffff\n");
        Files.createDirectories(dir.resolve("themes/empty"));
    }

    static List<Problem> lint(String markdown, PhiStrictness strictness) throws Exception {
        Tweetorial t = Tweetorials.parse(markdown, dir);
        return Linter.lint(t, LintOptions.defaults().withPhiStrictness(strictness));
    }

    static List<String> rules(String markdown, PhiStrictness strictness) throws Exception {
        return lint(markdown, strictness).stream().map(Problem::ruleId).toList();
    }

    static Stream<Arguments> cases() {
        String ok = "![Chest X-ray with right lower lobe consolidation](ok.png \"Credit: Dr A\")";
        return Stream.of(
                Arguments.of("post-too-long", FM + "word ".repeat(70), FM + "word ".repeat(50)),
                Arguments.of("post-empty", FM + "One\n---\n\n---\nThree", FM + "One\n---\nTwo"),
                Arguments.of("thread-too-long", FM + "Post\n---\n".repeat(26) + "End",
                        FM + "Post\n---\n".repeat(20) + "End"),
                Arguments.of("image-missing", FM + "![Scan](nope.png \"Credit: me\")", FM + ok),
                Arguments.of("image-type", FM + "![Scan](fake.png \"Credit: me\")", FM + ok),
                Arguments.of("image-too-large", FM + "![Scan of the abdomen](big.jpg \"Credit: me\")", FM + ok),
                Arguments.of("image-too-many", FM + ok.repeat(5), FM + ok.repeat(4)),
                Arguments.of("alt-missing", FM + "![](ok.png \"Credit: me\")", FM + ok),
                Arguments.of("alt-placeholder", FM + "![TODO describe the scan](ok.png \"Credit: me\")", FM + ok),
                Arguments.of("alt-placeholder", FM + "![[describe]](ok.png \"Credit: me\")",
                        FM + "![Image of a normal ECG: sinus rhythm at 70/min](ok.png \"Credit: me\")"),
                Arguments.of("alt-too-long", FM + "![" + "a ".repeat(600) + "](ok.png \"Credit: me\")", FM + ok),
                Arguments.of("alt-filename", FM + "![ok.png](ok.png \"Credit: me\")", FM + ok),
                Arguments.of("alt-filename", FM + "![IMG_1234](ok.png \"Credit: me\")",
                        FM + "![Figure 2 of the trial: forest plot](ok.png \"Credit: me\")"),
                Arguments.of("credit-missing", FM + "![A scan](ok.png)", FM + ok),
                Arguments.of("credit-missing", FM + "![A scan](ok.png \"Credit: TODO (source and licence)\")", FM + ok),
                Arguments.of("credit-missing", FM + "> Quoted words.", FM + "> Quoted words.\n>\n> — Osler"),
                Arguments.of("phi-mrn", FM + "Admitted, MRN: 12345678, for chest pain.",
                        FM + "NYHA class III, HbA1c 7.2%, the 2019 guidelines, PMID: 31535829."),
                Arguments.of("phi-dob", FM + "DOB 03/04/1975, presented with dyspnoea.",
                        FM + "Born in the 1970s, she presented with dyspnoea."),
                Arguments.of("phi-phone", FM + "Call her on (555) 123-4567 for results.",
                        FM + "Give 10 mg then 5 mg; BP 120/80; eGFR 45; Lancet 2019;394:1413-1424."),
                Arguments.of("phi-email", FM + "Her daughter wrote from jane.doe@example.com yesterday.",
                        FM + "Follow @alice@med.social and @bob.bsky.social for more."),
                Arguments.of("phi-national-id", FM + "SSN 123-45-6789 on the form.",
                        FM + "Dose 123-45 mg; ratio 1:2; doi 10.1056/NEJMoa1911303."),
                Arguments.of("phi-national-id", FM + "NHS number 943 476 5919 on the letter.",
                        FM + "Cohort of 943 476 5918 people."),
                Arguments.of("phi-date-age", FM + "A 67-year-old man, 12 March 2024: chest pain.",
                        FM + "A 67-year-old man was admitted. The 2024 ESC guideline applies."),
                Arguments.of("phi-initials-age-sex", FM + "J.D., a 45-year-old man, had chest pain.",
                        FM + "A 45-year-old man had chest pain. MI, a 45-year-old man's worst fear."),
                Arguments.of("phi-room-bed", FM + "The patient in bed 12 deteriorated.",
                        FM + "Bed rest for 3 days; a 6-bed bay; room for improvement."),
                Arguments.of("phi-name", FM + "Mrs Rossi came back to clinic with ankle swelling.",
                        FM + "Cushing's disease, Graves' disease; Smith et al., 2021; thanks to Dr Patel."),
                Arguments.of("phi-geo", FM + "She lives alone at 14 Larkspur Avenue, LS6 4QB.",
                        FM + "I trained in Leeds; the Framingham Heart Study began in 1948."),
                Arguments.of("phi-date", FM + "He was admitted on 3 March with chest pain.",
                        FM + "ESC Congress runs 29 August to 1 September; updated on 12 March 2024."),
                Arguments.of("phi-age", FM + "A 93-year-old woman with a hip fracture.",
                        FM + "An 89-year-old woman with delirium; SpO2 95%; 92% sensitivity."),
                Arguments.of("phi-health-plan", FM + "Insurance member ID XGH448120013 on the letter.",
                        FM + "Check the insurance policy before the scan."),
                Arguments.of("phi-account", FM + "Billing account ACC-00918273 sent to collections.",
                        FM + "Account for confounders; billing codes drive recording."),
                Arguments.of("phi-licence", FM + "Driving licence number MORGA753116SM9IJ on the form.",
                        FM + "No driving for 1 week after PCI (DVLA licence rules)."),
                Arguments.of("phi-vehicle", FM + "His car, registration KX19 ABC, was found.",
                        FM + "Trial registration: ISRCTN 12345678."),
                Arguments.of("phi-device", FM + "Pacemaker serial number PZX 881223 S for the recall.",
                        FM + "Serial troponins at 0 and 3 hours rule out most MIs."),
                Arguments.of("phi-url", FM + "Please share her fundraiser: https://www.gofundme.com/f/help-anna",
                        FM + "Slides: https://example.org/meded/slides.pdf; follow @NEJM."),
                Arguments.of("phi-ip", FM + "The patient's portal login came from 192.0.2.44.",
                        FM + "The app (v3.10.2) calculates the score."),
                Arguments.of("phi-biometric", FM + "We used his fingerprint to unlock his phone.",
                        FM + "Fingerprint changes can occur with capecitabine."),
                Arguments.of("phi-photo", FM + "Here is a photo of her face showing the malar rash.",
                        FM + "A photo of the rash on the forearm would help."),
                Arguments.of("phi-unique", FM + "The only blacksmith in our village came in with a crush injury.",
                        FM + "The only RCT in this area was stopped early."),
                Arguments.of("fancy-unicode", FM + "This is \uD835\uDC01\uD835\uDC28\uD835\uDC25\uD835\uDC1D text.",
                        FM + "This is **bold** text, with ℝ and 𝛽 in maths."),
                Arguments.of("hashtag-count", FM + "#MedEd #FOAMed #Cardiology #ECG", FM + "#MedEd #FOAMed #ECG"),
                Arguments.of("hashtag-malformed", FM + "Read about #covid-19 today.",
                        FM + "The #1 cause. #MedEd! Heading below\n\n# Title\n\nhttps://x.org/#anchor"),
                Arguments.of("mention-malformed", FM + "Thanks @dr-smith for this.",
                        FM + "Thanks @drsmith, @me.bsky.social and @ann@med.social; mail ann@x.org."),
                Arguments.of("http-link", FM + "See http://example.com/guide", FM + "See https://example.com/guide"),
                Arguments.of("link-not-linkified", FM + "See doi:10.1056/NEJMoa1911303",
                        FM + "See https://doi.org/10.1056/NEJMoa1911303"),
                Arguments.of("link-not-linkified", FM + "See nejm.org/doi/full/x for more.",
                        FM + "See https://nejm.org/doi/full/x for more."),
                Arguments.of("frontmatter-unknown-key", "---\ncolour: red\n---\nPost", "---\ntitle: red\n---\nPost"),
                Arguments.of("frontmatter-type", "---\nmastodon_limit: many\n---\nPost",
                        "---\nmastodon_limit: 1000\n---\nPost"),
                Arguments.of("theme-unknown", "---\ntheme: neon\n---\nPost", "---\ntheme: dark\n---\nPost"),
                Arguments.of("theme-unknown", "---\ntheme: empty\n---\nPost", "---\ntheme: ward\n---\nPost"),
                Arguments.of("theme-unknown", "---\ntheme: ../outside\n---\nPost",
                        "---\ntheme: \"High-Contrast\"\n---\nPost"),
                Arguments.of("spelling", FM + "We started spironolactone and furosmide.",
                        FM + "We started spironolactone and furosemide."));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("cases")
    void firesOnPositiveOnly(String rule, String positive, String negative) throws Exception {
        assertTrue(rules(positive, PhiStrictness.NORMAL).contains(rule), rule + " fires: "
                + lint(positive, PhiStrictness.NORMAL));
        assertFalse(rules(negative, PhiStrictness.NORMAL).contains(rule), rule + " silent: "
                + lint(negative, PhiStrictness.NORMAL));
    }

    @Test
    void everyBuiltinRuleIsCovered() {
        Set<String> tested = cases().map(a -> (String) a.get()[0]).collect(java.util.stream.Collectors.toSet());
        for (var rule : Linter.rules()) {
            assertTrue(tested.contains(rule.id()), rule.id() + " has a test case");
        }
    }

    @Test
    void phiMessagesSayWhyAndStrictnessMatters() throws Exception {
        Problem p = lint(FM + "J.D., a 45-year-old man, had chest pain.", PhiStrictness.NORMAL).get(0);
        assertTrue(p.message().contains("'J.D., a 45-year-old man'") && p.message().contains("initials"),
                p.message());
        assertEquals(5, p.range().startLine());
        String bare = FM + "JD, 45M with chest pain; record 12345678; seen 12/03/2024.";
        assertFalse(rules(bare, PhiStrictness.NORMAL).contains("phi-initials-age-sex"));
        List<String> strict = rules(bare, PhiStrictness.STRICT);
        assertTrue(strict.containsAll(List.of("phi-initials-age-sex", "phi-mrn", "phi-date")), strict.toString());
        assertFalse(rules(FM + "The patient in bed 12.", PhiStrictness.RELAXED).contains("phi-room-bed"));
        assertFalse(rules(FM + "Results: 555-123-4567.", PhiStrictness.RELAXED).contains("phi-phone"));
        assertTrue(rules(FM + "Phone: 555-123-4567.", PhiStrictness.RELAXED).contains("phi-phone"));
    }

    @Test
    void placeholdersAreToldFromDescriptions() {
        for (String placeholder : List.of("TODO", "todo: describe", "TBD", "FIXME later", "XXX", "alt text",
                "Alt-text", "image", "Image.", "[describe]", "(picture)", "...", "?", "Describe the image",
                "image description", "placeholder", AltMissingRule.PLACEHOLDER)) {
            assertTrue(AltPlaceholderRule.isPlaceholder(placeholder), placeholder);
        }
        for (String description : List.of("Today's ECG: sinus rhythm", "Image of a normal chest X-ray",
                "Photo of a rash on the forearm", "Figure 2: Kaplan-Meier curves", "Todorov's sign", "")) {
            assertFalse(AltPlaceholderRule.isPlaceholder(description), description);
        }
    }

    @Test
    void placeholderAltTextIsAnErrorNamingTheImage() throws Exception {
        Problem p = lint(FM + "Look.\n\n![alt text](ok.png \"Credit: me\")", PhiStrictness.NORMAL).stream()
                .filter(q -> q.ruleId().equals("alt-placeholder")).findFirst().orElseThrow();
        assertEquals(org.tweetorial.core.lint.Severity.ERROR, p.severity());
        assertEquals("image 'ok.png' has the placeholder alt text 'alt text'; replace it with a description of what "
                + "the image shows (it would be published as is)", p.message());
        assertEquals(7, p.range().startLine());
    }

    @Test
    void anUnknownThemeIsFoundOnItsLineWithAFixPerBuiltInTheme() throws Exception {
        String text = "---\ntitle: Sepsis\ntheme: \"neon\"  # brighter\ncard: square\n---\nPost";
        Problem p = lint(text, PhiStrictness.NORMAL).stream().filter(q -> q.ruleId().equals("theme-unknown"))
                .findFirst().orElseThrow();
        assertEquals(org.tweetorial.core.lint.Severity.WARNING, p.severity());
        assertEquals(3, p.range().startLine());
        assertEquals("neon", text.substring(p.range().startOffset(), p.range().endOffset()));
        assertTrue(p.message().contains("the cards use the light theme"), p.message());
        assertEquals(List.of("Use the light theme", "Use the dark theme", "Use the high-contrast theme",
                "Use the clinical theme"), p.fixes().stream().map(org.tweetorial.core.lint.Fix::label).toList());
        assertEquals("---\ntitle: Sepsis\ntheme: \"dark\"  # brighter\ncard: square\n---\nPost",
                p.fixes().get(1).applyTo(text));
    }

    @Test
    void postProblemsAreOnThePostsFirstLineWithTextNotOnTheBlankLineAfterTheSeparator() throws Exception {
        Problem p = lint(FM + "Intro\n\n---\n\n" + "word ".repeat(70), PhiStrictness.NORMAL).stream()
                .filter(q -> q.ruleId().equals("post-too-long")).findFirst().orElseThrow();
        assertEquals(9, p.range().startLine());
        assertEquals(1, p.range().startColumn());
        assertEquals(9, p.range().endLine());
    }

    @Test
    void tooLongIsReportedPerPlatformWithAmount() throws Exception {
        List<Problem> problems = lint("---\nnumbering: none\nplatforms: [x, bluesky]\n---\n" + "a".repeat(290),
                PhiStrictness.NORMAL);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("10 over X's limit (290/280)"));
        List<Problem> both = lint("---\nnumbering: none\nplatforms: [x, bluesky]\n---\n" + "a ".repeat(160),
                PhiStrictness.NORMAL);
        assertEquals(2, both.size(), both.toString());
    }
}
