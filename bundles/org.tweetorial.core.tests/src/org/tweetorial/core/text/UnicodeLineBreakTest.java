package org.tweetorial.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Runs every case of the Unicode Consortium's LineBreakTest for Unicode 17.0 (the version ICU4J 78 implements)
 * through {@link TextSegmenter#lineBreaks}. The data is fetched at build time (see this fragment's pom.xml).
 */
class UnicodeLineBreakTest {

    private static final Pattern CASE = Pattern.compile("\"([×÷][^\"]*)\"");

    /**
     * Cases where ICU4J 78.3 gives the opposite answer to this file, each with the breaks ICU gives. All four are
     * a hyphen at the start of the text followed by a Hebrew letter: UTC decision 181-C53 amended rule LB20a for
     * Unicode 17 to treat HL like AL ("-א" stays together, as ICU does), while these generated pair cases still
     * expect a break. If ICU or the data changes, this list must be revisited: the test fails on any other mismatch
     * and also when one of these stops differing.
     */
    private static final Map<String, List<Integer>> KNOWN_DIFFERENCES = Map.of(
            "× 002D ÷ 05D0 ÷", List.of(2),
            "× 002D × 0308 ÷ 05D0 ÷", List.of(3),
            "× 2010 ÷ 05D0 ÷", List.of(2),
            "× 2010 × 0308 ÷ 05D0 ÷", List.of(3));

    private final TextSegmenter root = TextSegmenter.forLanguage(null);

    @Test
    void everyCaseOfLineBreakTestPasses() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int known = 0;
        Matcher m = CASE.matcher(testData());
        while (m.find()) {
            cases++;
            String line = m.group(1).trim();
            StringBuilder text = new StringBuilder();
            List<Integer> expected = new ArrayList<>();
            for (String token : line.split("\\s+")) {
                switch (token) {
                    case "÷" -> {
                        if (!text.isEmpty()) {
                            expected.add(text.length());
                        }
                    }
                    case "×" -> {
                    }
                    default -> text.appendCodePoint(Integer.parseInt(token, 16));
                }
            }
            List<Integer> actual = new ArrayList<>();
            for (int b : root.lineBreaks(text.toString())) {
                actual.add(b);
            }
            List<Integer> icuDiffers = KNOWN_DIFFERENCES.get(line);
            if (icuDiffers != null) {
                known++;
                assertEquals(icuDiffers, actual, "known difference changed: " + line);
            } else if (!actual.equals(expected)) {
                failures.add(line + "  expected " + expected + " got " + actual);
            }
        }
        assertTrue(cases > 16000, "LineBreakTest has " + cases + " cases");
        assertEquals(KNOWN_DIFFERENCES.size(), known, "every known difference is still in the data");
        assertEquals(List.of(), failures, failures.size() + " of " + cases + " cases fail");
    }

    @Test
    void contractionsQuotesAndHandlesStayWhole() {
        assertNoBreakInside("I’m sure we can’t say l’homme qu’il voit.", "I’m", "can’t", "l’homme", "qu’il");
        assertNoBreakInside("« Bonjour » dit-il, “quoted” and ‘single’.", "« Bonjour »", "“quoted”", "‘single’.");
        assertNoBreakInside("Follow @jane_doe and #MedTwitter now.", "@jane_doe", "#MedTwitter");
        assertNoBreakInside("Take 10 mg twice, 5 % dextrose, 37 °C for 2–3 days.", "10 mg", "5 %", "37 °C",
                "2–3 days");
        assertNoBreakInside("At https://example.org/a?b=1 today.", "https:");
        assertNoBreakInside("Give 30 mL/kg, lactate 2 mmol/L, 0.1 µg/kg/min.", "30 mL/kg", "2 mmol/L",
                "0.1 µg/kg/min.");
        assertNoBreakInside("If lactate ≥ 2 or MAP < 65 mmHg in NYHA II–IV", "≥ 2", "< 65 mmHg", "II–IV");
        int[] name = root.wrapPoints("the Frank–Starling law");
        assertTrue(java.util.Arrays.stream(name).anyMatch(b -> b == "the Frank–".length()),
                "a dash between words may still end a line");
        int[] url = root.wrapPoints("see www.sccm.org/SurvivingSepsisCampaign now");
        assertTrue(java.util.Arrays.stream(url).anyMatch(b -> b == "see www.sccm.org/".length()),
                "a long URL may still break after its slash");
    }

    @Test
    void languageTailoringKeepsJapaneseSmallKanaWithTheirSyllable() {
        String text = "キャッシュ";
        TextSegmenter strictJa = TextSegmenter.forLanguage("ja-u-lb-strict");
        for (int b : strictJa.lineBreaks(text)) {
            assertTrue(b == text.length() || "ャッュ".indexOf(text.charAt(b)) < 0,
                    "strict: no line starts with small kana");
        }
        int[] loose = TextSegmenter.forLanguage("ja-u-lb-loose").lineBreaks(text);
        assertTrue(loose.length > strictJa.lineBreaks(text).length, "loose allows more breaks than strict");
    }

    @Test
    void wordsAndGraphemes() {
        assertEquals(List.of("I’m", "l’homme", "10", "mg"), root.words("I’m l’homme: 10 mg!"));
        assertEquals(List.of("e\u0301", "👩🏽‍⚕️", "!"), Graphemes.split("e\u0301👩🏽‍⚕️!"));
        assertEquals(3, Graphemes.count("e\u0301👩🏽‍⚕️!"));
        assertArrayEquals(new int[] {2, 9, 10}, Graphemes.boundaries("e\u0301👩🏽‍⚕️!"));
    }

    private void assertNoBreakInside(String text, String... spans) {
        int[] breaks = root.wrapPoints(text);
        for (String span : spans) {
            int start = text.indexOf(span);
            assertTrue(start >= 0, span);
            for (int b : breaks) {
                assertTrue(b <= start || b >= start + span.length(), "break at " + b + " inside '" + span + "'");
            }
        }
    }

    private static String testData() throws IOException {
        try (InputStream in = UnicodeLineBreakTest.class.getResourceAsStream("/unicode/LineBreakTest.json")) {
            assertNotNull(in, "unicode/LineBreakTest.json is fetched by the build (mvn generate-resources)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
