package org.tweetorial.core.internal.lint.phi;

import static org.tweetorial.core.lint.PhiStrictness.NORMAL;
import static org.tweetorial.core.lint.PhiStrictness.STRICT;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of patients and relatives. A capitalised word counts as a name when the name list has it (or, with strong
 * context, when no English dictionary does), and fires only with context: a title (Mr, Mrs, Ms...), a relative
 * or "patient", "pt", "case" before it, an age and sex after it, a clinical verb after it, or (for a first and
 * last name) clinical detail in the same sentence. Eponyms, citations ("Smith et al."), credits ("thanks to Dr
 * Patel"), affiliations ("Johns Hopkins Hospital"), history (a year before 2000 nearby) and the author's own
 * name are left alone. Patient initials with age and sex are reported by phi-initials-age-sex.
 */
final class PersonNames implements Recogniser {

    private static final String WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final String PARTICLE = "(?:(?:van|Van|der|Der|den|de|De|von|Von|di|Di|da|Da|del|Del|le|Le|la|La"
            + "|bin|al)\\s+)";
    private static final String NAME = WORD + "(?:\\s+" + PARTICLE + "*" + WORD + "){0,2}";
    private static final Pattern TITLED = Pattern.compile("\\b(?:Mrs|Mr|Ms|Miss|Mx|Master|Se[ñn]ora|Se[ñn]or|Sra"
            + "|Madame|Mme|Monsieur|Frau|Herr|Signora|Signor)\\.?\\s+(" + PARTICLE + "*" + NAME + ")");
    private static final Pattern RELATED = Pattern.compile("(?i:\\b(?:daughter|son|wife|husband|partner|mother"
            + "|father|mum|mom|dad|brother|sister|grandson|granddaughter|grandma|grandpa|granny|grandad|grandmother"
            + "|grandfather|baby|little|aunt|uncle|niece|nephew|fianc[ée]e?|boyfriend|girlfriend|carer|neighbou?r"
            + "|patient|pt|case|client|resident))(?::|,)?\\s+(" + NAME + ")");
    private static final Pattern WITH_AGE = Pattern.compile("(?<![\\p{L}.])(" + NAME + ")\\s*(?:,\\s*(?:an?\\s+)?"
            + "\\d{1,3}(?:[- ]years?[- ]old|\\s?(?:[MF]|yo|y/o)\\b|\\s*[,)])|\\(\\s*\\d{1,3}\\s*[MF]?\\s*\\))");
    private static final Pattern WITH_VERB = Pattern.compile("(?<![\\p{L}.])(" + NAME + ")\\s+(?:(?:was|is|had|has"
            + "|had\\s+been|has\\s+been)\\s+)?(?:admitted|presented|diagnosed|discharged|refused|collapsed|developed"
            + "|complained|underwent|came\\s+(?:in|back)|brought|found|deteriorated|arrested|was\\s+started|transferred"
            + "|referred|treated|transfused|intubated|ventilated|resuscitated)\\b");
    private static final Pattern FULL_NAME = Pattern.compile("(?<![\\p{L}.@])(" + WORD + "(?:\\s+" + PARTICLE + "*"
            + WORD + "){1,2})(?!\\p{L})");
    private static final Pattern INITIALS_AGE_SEX = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+[A-Z]\\.?"
            + "(?:\\s?[A-Z]\\.?)?|\\b[A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?)\\s*,?\\s*(?:(?:is\\s+)?an?\\s+)?"
            + "(?:\\d{1,3}[- ](?:year|yr)s?[- ]old|\\d{1,3}\\s?(?:yo|y/o|y\\.o\\.))\\s+(?:man|woman|male|female|boy"
            + "|girl|gentleman|lady|M|F)\\b|(?:\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+[A-Z]\\.?(?:\\s?[A-Z]\\.?)?"
            + "|\\b[A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?)\\s*,?\\s*\\d{1,3}\\s?[MF]\\b");
    private static final Pattern BARE_INITIALS = Pattern.compile("\\b([A-Z]{2,3})\\s*,\\s*(?:\\d{1,3}[- ](?:year|yr)s?"
            + "[- ]old|\\d{1,3}\\s?[MF]\\b)");

    /** Words after a name that make it an eponym, a work or an institution, not a person. */
    private static final Pattern NOT_A_PERSON_AFTER = Pattern.compile("^(?:['’]s?\\s+\\p{Lu}|\\s*['’]s?\\s+(?:law"
            + "|sign|syndrome|disease|triad|pentad|reflex|criteria|score|equation|principle|test|manoeuvre|maneuver"
            + "|phenomenon|palsy|nodes|lesions|method|mechanism|curve|formula|rule|classification|murmur|spots|lines"
            + "|bodies|cells|fracture|operation|procedure|repair|manoeuvre|tumou?r|ulcer|node)\\b|[-–—]\\p{Lu}"
            + "|\\s+(?:et\\s+al|syndrome|disease|sign|triad|reflex|criteria|score|scale|equation|principle|law|test"
            + "|murmur|spots|lines|bodies|cells|fracture|operation|procedure|repair|tumou?r|ulcer|node|nodes"
            + "|Hospital|University|Institute|Institutet|Clinic|College|Centre|Center|School|Foundation|Trust"
            + "|Infirmary|Medical|Health|Heart|Study|Trial|Project|Society|Association|Journal|Award|Prize|Lecture"
            + "|Street|Road|Avenue|Lane|County|Park)\\b)");
    /** Words before a name that make it a credit, a citation or a colleague. */
    private static final Pattern NOT_A_PATIENT_BEFORE = Pattern.compile("(?i)(?:\\b(?:Dr|Drs|Doctor|Prof|Professor"
            + "|Sir|Dame|Lord|Lady|St|Saint|by|thanks\\s+to|thank|courtesy\\s+of|credit(?:s)?(?:\\s+to)?|with|from"
            + "|via|and|per|cf|see|in|near|at|on|village,?|town,?|@)[.:]?\\s*$)");
    private static final Pattern CREDIT_BEFORE = Pattern.compile("(?i)\\b(?:by|thanks\\s+to|thank|courtesy\\s+of"
            + "|credit(?:s)?(?:\\s+to)?)\\s*$");
    private static final Pattern OLD_YEAR = Pattern.compile("\\b1[0-9]\\d{2}\\b");
    private static final Set<String> ABBREVIATIONS = Set.of("MI", "HF", "ED", "ER", "ICU", "CKD", "AKI", "DKA",
            "PE", "DVT", "CT", "MRI", "ECG", "EKG", "BP", "HR", "RR", "AF", "UTI", "TB", "HIV", "COPD", "CAD",
            "CHF", "GI", "ENT", "OR", "IV", "PO", "SC", "IM", "ACS", "CVA", "TIA", "RA", "SLE", "MS", "PD", "GP",
            "US", "UK", "EU", "USA", "NHS", "FY", "PGY", "NYHA", "EF");

    @Override
    public void find(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        initials(text, out);
        Matcher m = TITLED.matcher(s);
        while (m.find()) {
            int start = m.start();
            if (firstWordIsName(text, m.group(1), true) && !notAPersonAfter(text, m.end(1))
                    && !CREDIT_BEFORE.matcher(text.before(start, 20)).find() && text.clinicalOrPersonalInPost()) {
                out.add(name(text, start, m.end(1), "a title with a surname names a person"));
            }
        }
        m = RELATED.matcher(s);
        while (m.find()) {
            if (firstWordIsName(text, m.group(1), true) && !notAPerson(text, m.start(1), m.end(1))) {
                out.add(name(text, m.start(1), m.end(1), "a name after '" + m.group().substring(0,
                        m.start(1) - m.start()).strip() + "'"));
            }
        }
        m = WITH_AGE.matcher(s);
        while (m.find()) {
            if (strongName(text, m.group(1)) && !notAPerson(text, m.start(1), m.end(1))) {
                out.add(name(text, m.start(1), m.end(1), "a name followed by an age"));
            }
        }
        m = WITH_VERB.matcher(s);
        while (m.find()) {
            if (strongName(text, m.group(1)) && !notAPerson(text, m.start(1), m.end(1))) {
                out.add(name(text, m.start(1), m.end(1), "a name followed by what happened to the patient"));
            }
        }
        m = FULL_NAME.matcher(s);
        while (m.find()) {
            if (fullName(text, m.group(1)) && !text.words().isPlace(m.group(1))
                    && !notAPerson(text, m.start(1), m.end(1))
                    && text.clinicalNear(m.start(1), m.end(1))
                    && !OLD_YEAR.matcher(text.sentence(m.start(1), m.end(1))).find()) {
                out.add(name(text, m.start(1), m.end(1), "a first and last name next to clinical detail"));
            }
        }
    }

    private static void initials(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        Matcher m = INITIALS_AGE_SEX.matcher(s);
        while (m.find()) {
            out.add(new PhiHit("phi-initials-age-sex", PhiCategory.NAME, m.start(), m.end(), NORMAL, false,
                    "initials followed by age and sex describe one identifiable patient", "[initials, age]"));
        }
        m = BARE_INITIALS.matcher(s);
        while (m.find()) {
            if (!ABBREVIATIONS.contains(m.group(1))) {
                out.add(new PhiHit("phi-initials-age-sex", PhiCategory.NAME, m.start(), m.end(), STRICT, false,
                        "capitals that may be initials, followed by age and sex (strict mode)", "[initials, age]"));
            }
        }
    }

    private static PhiHit name(PhiText text, int start, int end, String why) {
        boolean clinical = text.clinicalNear(start, end);
        return new PhiHit("phi-name", PhiCategory.NAME, start, end, NORMAL, clinical,
                why + (clinical ? ", next to clinical detail" : ""), PhiCategory.NAME.placeholder());
    }

    private static String[] words(String name) {
        return name.split("\\s+");
    }

    /** With strong context: the first word is in the name list, or is in no English dictionary. */
    private static boolean firstWordIsName(PhiText text, String name, boolean lenient) {
        String first = words(name)[0];
        if (text.isOwn(first)) {
            return false;
        }
        PhiDictionaries d = text.words();
        return d.isName(first) || lenient && !d.isEnglishWord(first);
    }

    /** With weak context: a listed name that is no English word, or two listed names. */
    private static boolean strongName(PhiText text, String name) {
        String[] w = words(name);
        PhiDictionaries d = text.words();
        if (text.isOwn(w[0]) || w.length > 1 && text.isOwn(w[w.length - 1])) {
            return false;
        }
        return d.isName(w[0]) && (!d.isEnglishWord(w[0]) || w.length > 1 && d.isName(w[w.length - 1]));
    }

    /** A first and last name: both listed names, at least one not an English word, not the author. */
    private static boolean fullName(PhiText text, String name) {
        String[] w = words(name);
        String first = w[0];
        String last = w[w.length - 1];
        PhiDictionaries d = text.words();
        return !text.isOwn(first) && !text.isOwn(last) && d.isName(first) && d.isName(last)
                && (!d.isEnglishWord(first) || !d.isEnglishWord(last));
    }

    private static boolean notAPerson(PhiText text, int start, int end) {
        return notAPersonAfter(text, end) || NOT_A_PATIENT_BEFORE.matcher(text.before(start, 20)).find();
    }

    private static boolean notAPersonAfter(PhiText text, int end) {
        return NOT_A_PERSON_AFTER.matcher(text.after(end, 40)).find();
    }
}
