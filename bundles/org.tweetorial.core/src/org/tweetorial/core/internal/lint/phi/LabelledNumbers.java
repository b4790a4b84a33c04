package org.tweetorial.core.internal.lint.phi;

import static org.tweetorial.core.lint.PhiStrictness.NORMAL;
import static org.tweetorial.core.lint.PhiStrictness.RELAXED;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.PhiStrictness;

/**
 * Numbers and codes after a label that says what they are ("MRN:", "member ID", "IBAN", "serial no."): record,
 * national id, health plan, account, licence, vehicle and device numbers. The label decides the category; the
 * value must hold digits (or be a known code shape) and is covered whole, groups and separators included.
 */
final class LabelledNumbers implements Recogniser {

    private record Label(Pattern pattern, PhiCategory category, String rule, PhiStrictness level, boolean blocking,
            String what) {
    }

    private static final String NUM = "\\s*(?:(?:number|no\\.?|nr\\.?|n°|num\\.?|id|ID)(?!\\w)|#)";
    private static final String NO = "(?:" + NUM + ")?";

    /** Longer, more specific labels first: the first label that matches at a place wins. */
    private static final List<Label> LABELS = List.of(
            label("medicare\\s+beneficiary\\s+identifier|MBI", PhiCategory.HEALTH_PLAN, "phi-health-plan", true,
                    "a Medicare beneficiary identifier"),
            label("(?:insurance\\s+card" + NO + "|(?:(?<!national\\s)insurance|insurer|health\\s+plan|medicaid|bupa"
                    + "|kaiser|axa|EHIC|member(?:ship)?)"
                    + "(?:\\s+(?:member|membership))?" + NO + "|(?:subscriber|policy|group"
                    + "|plan)" + NUM + ")" + "|versichertennummer|carte\\s+vitale",
                    PhiCategory.HEALTH_PLAN, "phi-health-plan", true, "a number labelled as a health plan or insurance "
                    + "member number"),
            label("SSN|social\\s+security" + NO + "|num[ée]ro\\s+de\\s+s[ée]curit[ée]\\s+sociale|NIR|NHS" + NO
                    + "|CHI" + NO + "|NHI" + NO + "|national\\s+insurance" + NO + "|NINO|SIN|social\\s+insurance" + NO
                    + "|codice\\s+fiscale|DNI|NIE|PPSN?" + NO + "|BSN|burgerservicenummer|steuer-?id"
                    + "|steueridentifikationsnummer|medicare" + NO + "|TFN|tax\\s+file" + NO + "|IRD" + NO
                    + "|passport" + NO + "|national\\s+id" + NO + "|id\\s+card" + NO + "|personnummer|PESEL",
                    PhiCategory.NATIONAL_ID, "phi-national-id", true, "a number labelled as a national id"),
            label("IBAN|sort\\s+code|(?:bank\\s+|billing\\s+|patient\\s+|statement\\s+)?account" + NO + "|acct" + NO
                    + "|invoice" + NO + "|(?:hospital\\s+)?bill(?:ing)?\\s+(?:ref(?:erence)?|number|no\\.?)"
                    + "|claim" + NUM + "|payment\\s+ref(?:erence)?|card\\s+(?:number|ending)|credit\\s+card"
                    + "|card\\s+ending", PhiCategory.ACCOUNT, "phi-account", true, "a number labelled as an account "
                    + "or billing number"),
            label("MRN|MR#|medical\\s+record" + NO + "|hosp(?:ital)?\\.?" + NUM + "|patient" + NUM + "|chart" + NUM
                    + "|UR" + NUM + "|unit\\s+number|case\\s+(?:number|no\\.?)|record\\s+(?:number|no\\.?)|PAS" + NUM
                    + "|encounter" + NUM + "|accession" + NUM + "|(?:ED\\s+)?attendance" + NUM + "|ED" + NUM
                    + "|episode" + NUM,
                    PhiCategory.MRN, "phi-mrn", true, "a number labelled as a medical record or patient number"),
            label("(?:driving|driver'?s?|nursing|pilot'?s|taxi|HGV|LGV|gun|firearms?)\\s+licen[cs]e" + NO
                    + "|licen[cs]e" + NO + "|permis\\s+de\\s+conduire" + NO + "|(?:birth|death|marriage|firearms?)"
                    + "\\s+certificate" + NO + "|certificate" + NUM + "|DEA" + NO + "|professional\\s+registration"
                    + "(?:\\s+PIN)?|GMC" + NO, PhiCategory.LICENCE, "phi-licence", false, "a number labelled as a "
                    + "certificate or licence number"),
            label("VIN|vehicle\\s+identification" + NO + "|chassis" + NO + "|(?:(?:licen[cs]e|number|tag)\\s+)?plate"
                    + NO + "|tag" + NUM + "|(?:car|vehicle|van)\\s+reg(?:istration)?|registration|reg\\.?"
                    + "|kennzeichen|plaque\\s+d'immatriculation|immatriculation", PhiCategory.VEHICLE, "phi-vehicle",
                    false, "a number labelled as a vehicle registration or identification number"),
            label("serial" + NO + "|S/N|SN|device" + NUM + "|UDI|IMEI|transmitter" + NUM + "|asset\\s+tag|lot\\s+and"
                    + "\\s+serial", PhiCategory.DEVICE, "phi-device", false, "a number labelled as a device serial "
                    + "number or identifier"));

    /** A value: code groups joined by single separators; the first group starts with a letter or digit. */
    private static final Pattern VALUE = Pattern.compile("[A-Z0-9(][A-Za-z0-9()]*(?:(?:[-./]|\\s(?=[A-Z0-9(]))"
            + "[A-Za-z0-9()]+)*");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9()]+");
    private static final Pattern GAP = Pattern.compile("\\G\\s*(?:(?:is|was|=)\\s+)?[:#=]?\\s*(?:n°\\s*)?");

    private static Label label(String regex, PhiCategory category, String rule, boolean blocking, String what) {
        return new Label(Pattern.compile("(?i)(?<![\\w/])(?:" + regex + ")(?:(?<=#)|(?![\\w]))"), category, rule,
                blocking ? RELAXED : NORMAL, blocking, what);
    }

    @Override
    public void find(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        List<PhiHit> found = new ArrayList<>();
        for (Label label : LABELS) {
            Matcher m = label.pattern.matcher(s);
            while (m.find()) {
                int valueStart = valueStart(s, m.end());
                int minDigits = label.category == PhiCategory.VEHICLE ? 1 : 3;
                int valueEnd = valueStart < 0 ? -1 : valueEnd(s, valueStart, minDigits,
                        label.category == PhiCategory.VEHICLE);
                PhiHit hit = new PhiHit(label.rule, label.category, valueStart, valueEnd, label.level,
                        label.blocking, label.what + " ('" + m.group().strip() + "')", label.category.placeholder());
                if (valueEnd > 0 && found.stream().noneMatch(hit::overlaps)) {
                    found.add(hit);
                }
            }
        }
        out.addAll(found);
    }

    private static int valueStart(String s, int labelEnd) {
        Matcher gap = GAP.matcher(s);
        if (!gap.find(labelEnd) || gap.start() != labelEnd) {
            return -1;
        }
        return gap.end() < s.length() ? gap.end() : -1;
    }

    /** End of a plausible identifier value at {@code start}, or -1: enough digits, no plain word inside. */
    static int valueEnd(String s, int start, int minDigits, boolean lettersAtEnd) {
        Matcher v = VALUE.matcher(s);
        v.region(start, s.length());
        if (!v.lookingAt()) {
            return -1;
        }
        String value = cutAtWord(v.group());
        if (value.isEmpty()) {
            return -1;
        }
        int end = start + (lettersAtEnd ? value.length() : trimTail(value));
        value = s.substring(start, end);
        long digits = value.chars().filter(Character::isDigit).count();
        if (digits < minDigits || value.length() < 4 || isMeasurement(s, end) || value.matches("(19|20)\\d\\d")) {
            return -1;
        }
        return end;
    }

    /** The value up to the first group that is a plain word (lower-case letters and no digit). */
    private static String cutAtWord(String value) {
        Matcher g = GROUP.matcher(value);
        while (g.find()) {
            String group = g.group();
            if (group.chars().noneMatch(Character::isDigit) && group.chars().anyMatch(Character::isLowerCase)) {
                return value.substring(0, g.start()).stripTrailing();
            }
        }
        return value;
    }

    /** Drops trailing groups that are words rather than code: "K1234567 Please" stops after the number. */
    private static int trimTail(String value) {
        String[] groups = value.split("(?<=[\\s])");
        int len = value.length();
        for (int i = groups.length - 1; i > 0; i--) {
            String g = groups[i].strip();
            if (g.chars().anyMatch(Character::isDigit) || g.length() <= 2 && g.equals(g.toUpperCase())) {
                break;
            }
            len -= groups[i].length();
        }
        String kept = value.substring(0, len).stripTrailing();
        while (kept.endsWith(".") || kept.endsWith(")") && kept.indexOf('(') < 0) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept.length();
    }

    private static boolean isMeasurement(String s, int end) {
        return s.substring(end, Math.min(s.length(), end + 8)).matches("(?s)\\s*(?:%|mg|mcg|g\\b|ml|mL|mmol|units"
                + "|years|patients|people|participants|beds|days|weeks).*");
    }
}
