package org.tweetorial.render.typography;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;

import org.tweetorial.core.text.TextSegmenter;

/**
 * Paragraphs a typesetter must wrap well (English and French contractions with curly apostrophes, quotes, URLs,
 * hashtags, mentions, numbers with units, ranges, CJK, right-to-left) and the check that wrapped lines of them
 * only end where UAX #14 (as tailored in {@link TextSegmenter#wrapPoints}) allows.
 */
public final class LineBreakCorpus {

    /** Paragraphs with the spans that must never be split across lines. */
    public record Sample(String text, List<String> unbreakable) {
    }

    public static final List<Sample> SAMPLES = List.of(
            new Sample("I’m sure you can’t miss it: we’ve seen it, they’ll see it and it isn’t rare.",
                    List.of("I’m", "can’t", "we’ve", "they’ll", "isn’t")),
            new Sample("L’homme qu’on voit n’est pas l’hôte d’aujourd’hui : c’est « l’interne » de garde.",
                    List.of("L’homme", "qu’on", "n’est", "l’hôte", "d’aujourd’hui", "c’est", "« l’interne »",
                            "garde.")),
            new Sample("“Don’t wait,” she said. ‘Start fluids’ (30 mL/kg) within 3 h, then reassess.",
                    List.of("“Don’t", "wait,”", "‘Start", "fluids’", "(30 mL/kg)", "3 h")),
            new Sample("Read https://www.sccm.org/SurvivingSepsisCampaign/Guidelines and follow @SCCM #MedTwitter"
                    + " #FOAMed now.", List.of("@SCCM", "#MedTwitter", "#FOAMed", "https:")),
            new Sample("Give 10 mg IV, then 5 % dextrose; lactate ≥ 2 mmol/L in 2–3 days at 37 °C.",
                    List.of("10 mg", "5 %", "2 mmol/L", "2–3 days", "37 °C")),
            new Sample("败血症是危及生命的器官功能障碍。敗血症は生命を脅かす臓器障害です。", List.of("。")),
            new Sample("הספסיס הוא תפקוד איברים מסכן חיים (Sepsis-3) הנגרם מזיהום.", List.of("(Sepsis-3)")),
            new Sample("الإنتان هو خلل في وظائف الأعضاء يهدد الحياة بسبب عدوى (qSOFA ≥ 2).",
                    List.of("(qSOFA")));

    private LineBreakCorpus() {
    }

    /**
     * Checks that {@code lines} (as drawn, stripped) are the paragraph in order and that each line ends at an
     * allowed break, and that no listed span is split.
     */
    public static void assertWrappedWell(Sample sample, List<String> lines) {
        String text = sample.text();
        int[] allowed = TextSegmenter.forLanguage(null).wrapPoints(text);
        int pos = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            if (!text.startsWith(line, pos)) {
                fail("line " + (i + 1) + " '" + line + "' is not the text at " + pos + " of: " + text);
            }
            pos += line.length();
            int end = skipSpaces(text, pos);
            boolean atBreak = end == text.length() || Arrays.stream(allowed).anyMatch(b -> b == end)
                    || forced(text, allowed, end, line.length());
            String where = "line " + (i + 1) + " ends with '" + line + "' before '"
                    + text.substring(end, Math.min(text.length(), end + 8)) + "'";
            assertTrue(atBreak, where + ": not a UAX #14 break opportunity");
            for (String span : sample.unbreakable()) {
                int s = text.indexOf(span);
                assertTrue(end <= s || end >= s + span.length(), where + ": splits '" + span + "'");
            }
        }
        assertTrue(pos >= text.strip().length() - 1 || lines.get(lines.size() - 1).endsWith("\u2026"),
                "all text is shown");
    }

    /**
     * True when the text between the break opportunities around {@code end} is longer than the line: a word too
     * long for the box, which may only be cut between grapheme clusters.
     */
    private static boolean forced(String text, int[] allowed, int end, int lineLength) {
        int before = 0;
        int after = text.length();
        for (int b : allowed) {
            if (b <= end) {
                before = b;
            } else {
                after = Math.min(after, b);
            }
        }
        return text.substring(before, after).strip().length() > lineLength;
    }

    private static int skipSpaces(String text, int pos) {
        int p = pos;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }
}
