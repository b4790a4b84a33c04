package org.tweetorial.core.internal.lint.phi;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A post's Markdown as the recognisers see it: the raw text (for links and handles), the masked text (URLs, DOIs,
 * PMIDs and trial ids blanked out, same offsets) for numbers and words, the author's own names and handles, and
 * the context questions every recogniser asks.
 */
final class PhiText {

    /** Words that make nearby text clinical: a name or date next to them is about a patient. */
    private static final Pattern CLINICAL = Pattern.compile("(?i)\\b(?:presented|presenting|admitted|admission"
            + "|discharged?|diagnos\\w*|biops\\w+|scan|troponin|surgery|operat\\w+|pain|fever|cancer|lymphoma"
            + "|sepsis|stroke|MI|seizure|fracture|dialysis|chemo\\w*|ICU|PICU|NICU|ward|clinic|symptoms?|pneumonia"
            + "|DKA|TIA|amputation|collapsed|collapsing|vomiting|refused|extubated|intubated|tablets|insulin"
            + "|allerg\\w+|falls?|confused|confusion|infection|bloods|results?|tumou?r|transplant\\w*|overdose"
            + "|palsy|rash|murmur|arrest|relapse|anticoagula\\w+|apixaban|warfarin|mg|mmol|ng/L|cried|treatment"
            + "|unresponsive|hospital|ED|A&E|ambulance|crisis|smoking|swelling|breathless\\w*|oedema|edema"
            + "|feeding|sweats|TB|HIV|sickle|ventilat\\w+|potassium|sodium|glucose|h(?:a)?emoglobin|creatinine"
            + "|oxygen|antibiotics?|steroids?|painkillers|delirium|dementia|heart|lungs?|kidneys?|liver|blood"
            + "|aortic|cardiac|renal|hepatic|pulmonary|\\w+(?:itis|osis|aemia|emia|ectomy|otomy|plasty|algia|oma"
            + "|pathy|ection)|\\d{1,3}[- ]year[- ]old|\\d{1,3}\\s?[MF]\\b|aged?\\s+\\d+)\\b");
    /** Words that tie text to a patient or their family. */
    private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(?:patient|pt|case|my|our|his|her|he|she|their"
            + "|family|daughter|son|wife|husband|mother|father|mum|mom|dad|baby|child|relatives?|man|woman|boy|girl"
            + "|lady|gentleman|\\d{1,3}[- ]year[- ]old)\\b");

    private final String markdown;
    private final String masked;
    private final Set<String> own;

    PhiText(String markdown, String masked, Set<String> own) {
        this.markdown = markdown;
        this.masked = masked;
        this.own = own;
    }

    String raw() {
        return markdown;
    }

    String masked() {
        return masked;
    }

    /** The author's own name parts and handles (lower case): never reported. */
    boolean isOwn(String word) {
        return own.contains(word.toLowerCase(Locale.ROOT).replaceFirst("^@", ""));
    }

    PhiDictionaries words() {
        return PhiDictionaries.get();
    }

    /** Start of the sentence holding an offset. */
    int sentenceStart(int at) {
        for (int i = Math.min(at, masked.length()) - 1; i > 0; i--) {
            char c = masked.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < masked.length()
                    && Character.isWhitespace(masked.charAt(i + 1)) && !abbreviationBefore(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** End of the sentence holding an offset. */
    int sentenceEnd(int at) {
        for (int i = Math.max(at, 0); i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == masked.length()
                    || Character.isWhitespace(masked.charAt(i + 1))) && !abbreviationBefore(i)) {
                return i;
            }
        }
        return masked.length();
    }

    private boolean abbreviationBefore(int dot) {
        int i = dot - 1;
        while (i >= 0 && Character.isLetter(masked.charAt(i))) {
            i--;
        }
        String word = masked.substring(i + 1, dot);
        return word.length() == 1 || word.matches("(?i)Mr|Mrs|Ms|Dr|Prof|St|No|Hosp|Tel|vs|al|etc|approx|Pt");
    }

    /** The sentence around [start, end). */
    String sentence(int start, int end) {
        return masked.substring(sentenceStart(start), Math.max(sentenceEnd(end), end));
    }

    /** Whether the sentence around [start, end), outside the span itself, has clinical detail. */
    boolean clinicalNear(int start, int end) {
        int s = sentenceStart(start);
        int e = Math.max(sentenceEnd(end), end);
        return CLINICAL.matcher(masked.substring(s, start)).find() || CLINICAL.matcher(masked.substring(end, e)).find();
    }

    /** Whether the post anywhere has clinical detail or speaks about a patient or their family. */
    boolean clinicalOrPersonalInPost() {
        return CLINICAL.matcher(masked).find() || PERSONAL.matcher(masked).find();
    }

    /** Whether the sentence around [start, end) speaks about a patient or their family. */
    boolean personalNear(int start, int end) {
        return PERSONAL.matcher(sentence(start, end)).find();
    }

    /** The text just before an offset, at most {@code n} chars, within the line. */
    String before(int at, int n) {
        int s = Math.max(0, at - n);
        int nl = masked.lastIndexOf('\n', at - 1);
        return masked.substring(Math.max(s, nl + 1), at);
    }

    /** The text just after an offset, at most {@code n} chars, within the line. */
    String after(int at, int n) {
        int e = Math.min(masked.length(), at + n);
        int nl = masked.indexOf('\n', at);
        return masked.substring(at, nl >= 0 ? Math.min(e, nl) : e);
    }
}
