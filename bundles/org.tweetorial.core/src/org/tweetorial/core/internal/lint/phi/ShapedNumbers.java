package org.tweetorial.core.internal.lint.phi;

import static org.tweetorial.core.lint.PhiStrictness.NORMAL;
import static org.tweetorial.core.lint.PhiStrictness.RELAXED;
import static org.tweetorial.core.lint.PhiStrictness.STRICT;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers recognised by their shape without a label: check-digit numbers (NHS, IBAN, payment cards, Spanish
 * DNI), fixed formats (US SSN, UK National Insurance, Italian codice fiscale, French NIR, UK and French number
 * plates, VINs); in strict mode any bare 7-10 digit number.
 */
final class ShapedNumbers implements Recogniser {

    private static final Pattern SSN = Pattern.compile("(?<![\\d-])(?!000|666)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}"
            + "(?![\\d-])");
    private static final Pattern NHS = Pattern.compile("(?<![\\d.,/-])\\d{3}([ -]?)\\d{3}\\1\\d{4}(?![\\d.,/-])");
    private static final Pattern NINO = Pattern.compile("\\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            + " ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b");
    private static final Pattern CODICE_FISCALE = Pattern.compile(
            "\\b[A-Z]{6}\\d{2}[A-EHLMPR-T]\\d{2}[A-Z]\\d{3}[A-Z]\\b");
    private static final Pattern DNI = Pattern.compile("\\b(\\d{8})-?([A-Z])\\b");
    private static final Pattern NIR = Pattern.compile("(?<![\\d ])[12] ?\\d{2} ?(?:0[1-9]|1[0-2]) ?(?:\\d{2}|2[AB])"
            + " ?\\d{3} ?\\d{3} ?\\d{2}(?![\\d])");
    private static final Pattern IBAN = Pattern.compile(
            "\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d{4}([ -]?)\\d{4}\\1\\d{4}\\1\\d{4}(?![\\d-])");
    private static final Pattern UK_PLATE = Pattern.compile("\\b[A-HJ-PR-Y][A-HJ-PR-Y]\\d{2} ?[A-HJ-PR-Z]{3}\\b");
    private static final Pattern FR_PLATE = Pattern.compile("\\b[A-HJ-NP-TV-Z]{2}-\\d{3}-[A-HJ-NP-TV-Z]{2}\\b");
    private static final Pattern VIN = Pattern.compile("\\b(?=[A-HJ-NPR-Z0-9]*\\d[A-HJ-NPR-Z0-9]*\\d)"
            + "(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z][A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\\b");
    private static final Pattern BARE = Pattern.compile("(?<![\\d.,/:-])\\d{7,10}(?![\\d.,/%-])");
    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    @Override
    public void find(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        each(SSN, s, out, "phi-national-id", PhiCategory.NATIONAL_ID, RELAXED, true,
                "formatted like a US Social Security number (ddd-dd-dddd)");
        Matcher m = NHS.matcher(s);
        while (m.find()) {
            boolean grouped = !m.group(1).isEmpty();
            if (nhsChecksumValid(m.group().replaceAll("\\D", ""))) {
                out.add(hit("phi-national-id", PhiCategory.NATIONAL_ID, m, grouped ? NORMAL : STRICT, true,
                        "a 10-digit number with a valid NHS number check digit"));
            }
        }
        each(NINO, s, out, "phi-national-id", PhiCategory.NATIONAL_ID, NORMAL, true,
                "shaped like a UK National Insurance number");
        each(CODICE_FISCALE, s, out, "phi-national-id", PhiCategory.NATIONAL_ID, RELAXED, true,
                "shaped like an Italian codice fiscale");
        m = DNI.matcher(s);
        while (m.find()) {
            if (DNI_LETTERS.charAt(Integer.parseInt(m.group(1)) % 23) == m.group(2).charAt(0)) {
                out.add(hit("phi-national-id", PhiCategory.NATIONAL_ID, m, NORMAL, true,
                        "a Spanish DNI number with a valid check letter"));
            }
        }
        each(NIR, s, out, "phi-national-id", PhiCategory.NATIONAL_ID, NORMAL, true,
                "shaped like a French social security number (NIR)");
        m = IBAN.matcher(s);
        while (m.find()) {
            if (ibanValid(m.group())) {
                out.add(hit("phi-account", PhiCategory.ACCOUNT, m, RELAXED, true, "an IBAN with a valid check"));
            }
        }
        m = CARD.matcher(s);
        while (m.find()) {
            if (luhn(m.group().replaceAll("\\D", ""))) {
                out.add(hit("phi-account", PhiCategory.ACCOUNT, m, NORMAL, true,
                        "a 16-digit payment card number with a valid check digit"));
            }
        }
        each(UK_PLATE, s, out, "phi-vehicle", PhiCategory.VEHICLE, NORMAL, false, "shaped like a UK number plate");
        each(FR_PLATE, s, out, "phi-vehicle", PhiCategory.VEHICLE, NORMAL, false, "shaped like a French number plate");
        each(VIN, s, out, "phi-vehicle", PhiCategory.VEHICLE, NORMAL, false,
                "shaped like a vehicle identification number (17 characters)");
        each(BARE, s, out, "phi-mrn", PhiCategory.MRN, STRICT, false,
                "a bare 7-10 digit number can be a record number (strict mode)");
    }

    private static void each(Pattern p, String s, List<PhiHit> out, String rule, PhiCategory category,
            org.tweetorial.core.lint.PhiStrictness level, boolean blocking, String why) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(hit(rule, category, m, level, blocking, why));
        }
    }

    private static PhiHit hit(String rule, PhiCategory category, Matcher m,
            org.tweetorial.core.lint.PhiStrictness level, boolean blocking, String why) {
        return new PhiHit(rule, category, m.start(), m.end(), level, blocking, why, category.placeholder());
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

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    static boolean ibanValid(String iban) {
        String compact = iban.replace(" ", "");
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        String moved = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
