package org.tweetorial.core.internal.lint.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/** National ids: US Social Security numbers, UK NHS numbers (only with a valid check digit). */
public final class PhiNationalIdRule extends PhiRule {

    private static final Pattern SSN = Pattern.compile(
            "(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}(?![\\d-])");
    private static final Pattern SSN_LABELLED = Pattern.compile(
            "(?i)\\b(?:SSN|social\\s+security(?:\\s+number)?)\\s*[:#]?\\s*\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{4}\\b");
    private static final Pattern NHS = Pattern.compile("(?<![\\d.,/-])\\d{3}([ -]?)\\d{3}\\1\\d{4}(?![\\d.,/-])");
    private static final Pattern NHS_LABEL = Pattern.compile("(?i)\\b(?:NHS|CHI)(?:\\s+(?:number|no\\.?))?\\s*[:#]?"
            + "\\s*$");

    @Override
    public String id() {
        return "phi-national-id";
    }

    @Override
    public String description() {
        return "possible national id number (US SSN, UK NHS number)";
    }

    @Override
    void scan(String text, PhiStrictness strictness, Finding finding) {
        each(SSN, text, finding, "formatted like a US Social Security number (ddd-dd-dddd)");
        each(SSN_LABELLED, text, finding, "a number labelled as a Social Security number");
        Matcher m = NHS.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            boolean labelled = NHS_LABEL.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
            boolean grouped = !m.group(1).isEmpty();
            if (nhsChecksumValid(digits) && (labelled || grouped || strictness == PhiStrictness.STRICT)) {
                finding.at(m.start(), m.end(), "a 10-digit number with a valid NHS number check digit");
            }
        }
    }

    /** NHS number modulus 11: weights 10..2 over the first nine digits. */
    static boolean nhsChecksumValid(String digits) {
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
