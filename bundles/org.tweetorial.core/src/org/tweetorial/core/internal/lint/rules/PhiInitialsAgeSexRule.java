package org.tweetorial.core.internal.lint.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/** Patient initials with age and sex: "J.D., a 45-year-old man", "Mrs K., 72F"; strict: also "JD, 45M". */
public final class PhiInitialsAgeSexRule extends PhiRule {

    private static final String AGE_SEX = "(?:(?:is\\s+)?an?\\s+)?(?:\\d{1,3}[- ](?:year|yr)s?[- ]old|\\d{1,3}\\s?"
            + "(?:yo|y/o|y\\.o\\.))\\s+(?:man|woman|male|female|boy|girl|gentleman|lady|M|F)\\b|\\d{1,3}\\s?[MF]\\b";
    private static final Pattern DOTTED = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+[A-Z]\\.?(?:\\s?[A-Z]\\.?)?"
            + "|\\b[A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?)\\s*,?\\s*(?:" + AGE_SEX + ")");
    private static final Pattern BARE = Pattern.compile("\\b([A-Z]{2,3})\\s*,\\s*(?:" + AGE_SEX + ")");
    /** Capitals that are clinical abbreviations, not initials. */
    private static final Set<String> ABBREVIATIONS = Set.of("MI", "HF", "ED", "ER", "ICU", "CKD", "AKI", "DKA",
            "PE", "DVT", "CT", "MRI", "ECG", "EKG", "BP", "HR", "RR", "AF", "UTI", "TB", "HIV", "COPD", "CAD",
            "CHF", "GI", "ENT", "OR", "IV", "PO", "SC", "IM", "ACS", "CVA", "TIA", "RA", "SLE", "MS", "PD", "GP",
            "US", "UK", "EU", "USA", "NHS", "FY", "PGY", "HbA", "NYHA", "EF");

    @Override
    public String id() {
        return "phi-initials-age-sex";
    }

    @Override
    public String description() {
        return "patient initials with age and sex";
    }

    @Override
    void scan(String text, PhiStrictness strictness, Finding finding) {
        each(DOTTED, text, finding, "initials followed by age and sex describe one identifiable patient");
        if (strictness == PhiStrictness.STRICT) {
            Matcher m = BARE.matcher(text);
            while (m.find()) {
                if (!ABBREVIATIONS.contains(m.group(1))) {
                    finding.at(m.start(), m.end(), "capitals that may be initials, followed by age and sex "
                            + "(strict mode)");
                }
            }
        }
    }
}
