package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.text.TextSegmenter;

/**
 * The handout's posted-text column, read back from the PDF with PDFBox: every line ends at a UAX #14 break
 * opportunity (never inside a contraction with a curly apostrophe, a quantity, a handle or a hashtag), and Arabic
 * and Hebrew come back as the text that was written although they are drawn shaped and in visual order.
 */
class HandoutTypographyTest {

    private static final List<String> ENGLISH_AND_FRENCH = List.of(
            "I’m sure you can’t miss it: we’ve seen it, they’ll see it and it isn’t rare at all in the ward.",
            "L’homme qu’on voit n’est pas l’hôte d’aujourd’hui : c’est « l’interne » de garde cette nuit-là.",
            "“Don’t wait,” she said. ‘Start fluids’ (30 mL/kg) within 3 h, then reassess the patient.",
            "Read https://www.sccm.org/SurvivingSepsisCampaign/Guidelines and follow @SCCM #MedTwitter #FOAMed.",
            "Give 10 mg IV, then 5 % dextrose; lactate ≥ 2 mmol/L in 2–3 days at 37 °C is what we watch for.",
            "败血症是危及生命的器官功能障碍。敗血症は生命を脅かす臓器障害です。由感染引起的宿主反应失调。");

    private static final List<String> UNBREAKABLE = List.of("I’m", "can’t", "we’ve", "they’ll", "isn’t", "L’homme",
            "qu’on", "n’est", "l’hôte", "d’aujourd’hui", "c’est", "« l’interne »", "“Don’t", "wait,”", "‘Start",
            "fluids’", "(30 mL/kg)", "3 h", "@SCCM", "#MedTwitter", "#FOAMed", "10 mg", "5 %", "2 mmol/L",
            "2–3 days", "37 °C");

    private static final String HEBREW = "הספסיס הוא תפקוד איברים מסכן חיים (Sepsis-3) הנגרם מזיהום של הגוף.";
    private static final String ARABIC = "الإنتان هو خلل في وظائف الأعضاء يهدد الحياة بسبب عدوى شديدة في الجسم.";

    @TempDir
    Path dir;

    @Test
    void postedTextWrapsOnlyAtAllowedBreaks() throws Exception {
        List<String> lines = handoutLines("fr", ENGLISH_AND_FRENCH);
        TextSegmenter segmenter = TextSegmenter.forLanguage("fr");
        for (String paragraph : ENGLISH_AND_FRENCH) {
            List<String> drawn = linesOf(lines, paragraph);
            assertTrue(drawn.size() >= 2, "wrapped: " + drawn);
            int[] allowed = segmenter.wrapPoints(paragraph);
            int pos = 0;
            for (String line : drawn.subList(0, drawn.size() - 1)) {
                pos = paragraph.indexOf(line, pos) + line.length();
                int end = skipSpaces(paragraph, pos);
                assertTrue(Arrays.stream(allowed).anyMatch(b -> b == end), "no break allowed after '" + line + "'");
                for (String span : UNBREAKABLE) {
                    int s = paragraph.indexOf(span);
                    assertTrue(s < 0 || end <= s || end >= s + span.length(), "'" + span + "' split after " + line);
                }
            }
        }
    }

    /**
     * PDFBox's text extraction puts each word back in logical order (it reverses right-to-left glyph runs and
     * normalizes Arabic presentation forms) but keeps the words of a line in the order they are drawn, left to
     * right. So reading each drawn line's words from right to left must give the text as written: that checks the
     * shaping, the order of letters in a word and the visual order of words, numbers and Latin text in a line.
     */
    @Test
    void arabicAndHebrewAreShapedAndReadBackAsWritten() throws Exception {
        for (String paragraph : List.of(HEBREW, ARABIC)) {
            String language = paragraph.equals(HEBREW) ? "he" : "ar";
            List<String> lines = handoutLines(language, List.of(paragraph));
            List<String> drawn = postedLines(lines);
            assertTrue(drawn.size() >= 2, "wrapped over several lines: " + drawn);
            List<String> logical = new ArrayList<>();
            for (String line : drawn) {
                List<String> words = new ArrayList<>(List.of(normalize(line).split(" ")));
                Collections.reverse(words);
                logical.addAll(words);
            }
            assertEquals(normalize(paragraph), String.join(" ", logical), language);
        }
    }

    @Test
    void shapedRunsCarryTheirTextAsActualText() throws Exception {
        Set<String> actual = new HashSet<>();
        try (PDDocument pdf = Loader.loadPDF(handout("ar", List.of(ARABIC)).toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getPropertiesNames()) {
                    String text = page.getResources().getProperties(name).getCOSObject()
                            .getString(COSName.ACTUAL_TEXT);
                    if (text != null) {
                        actual.add(text);
                    }
                }
            }
        }
        for (String word : List.of("الإنتان", "وظائف", "الأعضاء")) {
            assertTrue(actual.contains(word), word + " in " + actual);
        }
    }

    private List<String> handoutLines(String language, List<String> posts) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(handout(language, posts).toFile())) {
            return List.of(new PDFTextStripper().getText(pdf).split("\\R"));
        }
    }

    private Path handout(String language, List<String> posts) throws Exception {
        String source = "---\ntitle: \"Typography\"\nauthor: Test Author\nnumbering: none\nlanguage: " + language
                + "\n---\n" + String.join("\n\n---\n\n", posts) + "\n";
        Path project = java.nio.file.Files.createTempDirectory(dir, language);
        Path md = ExampleProject.write(project, "typo-" + language + ".md", source);
        ExportRequest base = ExportRequest.of(project);
        ExportRequest request = new ExportRequest(md, base.outputDir(), Set.of(ExportArtifact.HANDOUT), false,
                base.paper(), base.cardChoices(), base.cardDefaults(), base.cardFiles(), base.slideNotes(),
                Optional.of(ExampleProject.FIXED_TIME), false);
        ExportResult result = ExampleProject.exporter().export(request, ExportListener.SILENT);
        return result.folder().resolve("handout.pdf");
    }

    /** The consecutive lines that spell {@code paragraph}, starting with the one that begins it. */
    private static List<String> linesOf(List<String> lines, String paragraph) {
        for (int i = 0; i < lines.size(); i++) {
            String first = lines.get(i).strip();
            if (first.length() > 3 && paragraph.startsWith(first)) {
                List<String> out = new ArrayList<>();
                int pos = 0;
                for (int j = i; j < lines.size() && pos < paragraph.length(); j++) {
                    String line = lines.get(j).strip();
                    int at = paragraph.indexOf(line, pos);
                    if (line.isEmpty() || at != skipSpaces(paragraph, pos)) {
                        break;
                    }
                    out.add(line);
                    pos = at + line.length();
                }
                assertEquals(paragraph.length(), pos, "all of the paragraph found in order: " + out);
                return out;
            }
        }
        throw new AssertionError("paragraph not in the handout: " + paragraph + "\n" + String.join("\n", lines));
    }

    /** The lines of the posted-text column: after the "AS POSTED" label, up to the end of the post. */
    private static List<String> postedLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("AS POSTED")) {
                in = true;
            } else if (in && !line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    private static int skipSpaces(String text, int pos) {
        int p = pos;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }
}
