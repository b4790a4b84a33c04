package org.tweetorial.core.internal.lint.phi;

import static org.tweetorial.core.lint.PhiStrictness.NORMAL;
import static org.tweetorial.core.lint.PhiStrictness.RELAXED;
import static org.tweetorial.core.lint.PhiStrictness.STRICT;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates tied to a person (a date of birth; the day of an admission, operation, discharge or death, in US, UK, EU
 * and ISO forms, with or without the year; a full date next to an age; strict: any full date) and ages over 89 in
 * their usual forms ("93-year-old", "95yo", "91F", "aged 97", "pt is 101", "ninety-four").
 */
final class DatesAndAges implements Recogniser {

    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    /** Day and month, year optional. */
    private static final String DAY_MONTH = "(?:(?<![\\d./:;-])\\d{1,2}[/.-]\\d{1,2}(?:[/.-](?:" + YEAR + "|\\d{2}))?"
            + "(?![\\d]|[./-]\\d|\\s*(?:mg|mcg|µg|g\\b|ml|mL|units?|IU|mmol|%|kPa|mmHg))"
            + "|\\b" + YEAR + "-[01]\\d-[0-3]\\d\\b"
            + "|\\b" + WEEKDAY + "\\d{1,2}(?:st|nd|rd"
            + "|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:\\.(?=,?\\s+" + YEAR + "))?(?:,?\\s+" + YEAR + "\\b)?"
            + "|\\b" + WEEKDAY + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+" + YEAR + "\\b)?)";
    private static final Pattern DATE = Pattern.compile(DAY_MONTH);
    private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)\\d{2}|[/.-]\\d{2}$");
    private static final Pattern DOB_LABEL = Pattern.compile("(?i)(?:\\bDOB|\\bD\\.O\\.B\\.?|\\bdate\\s+of\\s+birth"
            + "|\\bbirth\\s*date|\\bborn(?:\\s+on)?|\\bb\\.)\\s*(?:(?:is|was)\\s+)?[:\\-]?\\s*$");
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(?:admitted|admission|discharged|discharge|died"
            + "|death|DOD|operated(?:\\s+on)?|surgery|seen|presented|intubated|extubated|transplanted|delivered"
            + "|started|diagnosed|attended|transferred|collapsed|arrested|scanned|biopsied|last\\s+seen"
            + "|first\\s+seen|readmitted|injured|found|passed\\s+away|scan|x-?ray|MRI|CT|ECG|echo|biopsy|procedure"
            + "|appointment|visit|consultation|review)\\b[^.\\n]{0,22}$");
    private static final Pattern AGE = Pattern.compile("(?i)\\b\\d{1,3}[- ](?:year|yr)s?[- ]old\\b|\\b\\d{1,3}\\s?"
            + "(?:yo|y/o|y\\.o\\.)(?!\\w)|\\baged?\\s+\\d{1,3}\\b|\\b\\d{1,3}\\s?[MF]\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2,4}))?");

    private static final String OLD = "(?:9\\d|1[01]\\d)";
    private static final Pattern AGE_ADJECTIVE = Pattern.compile("(?i)\\b" + OLD + "(?:[- ]?(?:years?|yrs?)[- ]?old"
            + "|\\s?(?:yo|y/o|y\\.o\\.)(?!\\w)|\\s?yrs?\\b)");
    private static final Pattern AGE_SEX = Pattern.compile("\\b" + OLD + "\\s?[MF]\\b");
    private static final Pattern AGE_ORDINAL = Pattern.compile("(?i)\\b" + OLD + "(?:st|nd|rd|th)(?=\\s+birthday)");
    private static final Pattern AGE_STATED = Pattern.compile("(?i)(?:\\baged?:?\\s+|\\bturned\\s+|\\b(?:pt|patient"
            + "|he|she|who)\\s+(?:is|was)\\s+|\\b(?:she|he)['’]s\\s+|^\\s*at\\s+"
            + "|[.;]\\s*at\\s+)(" + OLD + ")\\b(?!\\s*(?:\\+|plus|and\\s+(?:over|older|above)|or\\s+(?:over|older"
            + "|above)|%|mg|mmol|kg|cm|mm"
            + "|bpm|beats|/|\\.\\d))|\\bat\\s+(" + OLD + "),?\\s+(?:she|he|they)\\b");
    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final Pattern AGE_WORDS = Pattern.compile("(?i)\\bninety[- ]" + UNITS + "(?:[- ]years?[- ]old)?\\b"
            + "(?!\\s*(?:per\\s*cent|percent|%))|\\bhundred[- ]and[- ]\\w+[- ]years?[- ]old\\b|\\bcentenarian\\b");

    @Override
    public void find(PhiText text, List<PhiHit> out) {
        dates(text, out);
        ages(text, out);
    }

    private static void dates(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            if (!plausibleDate(m.group())) {
                continue;
            }
            boolean full = HAS_YEAR.matcher(m.group()).find();
            String before = text.before(m.start(), 30);
            Matcher dob = DOB_LABEL.matcher(before);
            if (full && dob.find()) {
                int start = m.start() - before.length() + dob.start();
                String label = s.substring(start, m.start());
                out.add(new PhiHit("phi-dob", PhiCategory.DATE, start, m.end(), RELAXED, true,
                        "a full date labelled as date of birth", label + PhiCategory.DATE.placeholder()));
            } else if (EVENT.matcher(before).find()) {
                out.add(new PhiHit("phi-date", PhiCategory.DATE, m.start(), m.end(), NORMAL, false,
                        "the date of an admission, operation, discharge or death ties the post to one patient "
                                + "(use a relative time like 'day 3')", PhiCategory.DATE.placeholder()));
            } else if (full && AGE.matcher(text.sentence(m.start(), m.end())).find()) {
                out.add(new PhiHit("phi-date-age", PhiCategory.DATE, m.start(), m.end(), NORMAL, false,
                        "a full date next to an age can identify the patient (keep only the year or a relative "
                                + "time like 'day 3')", PhiCategory.DATE.placeholder()));
            } else if (full) {
                out.add(new PhiHit("phi-date-age", PhiCategory.DATE, m.start(), m.end(), STRICT, false,
                        "a full date can identify a patient (strict mode)", PhiCategory.DATE.placeholder()));
            }
        }
    }

    private static void ages(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        Matcher m = AGE_ADJECTIVE.matcher(s);
        while (m.find()) {
            out.add(age(m.start(), m.end(), "90-plus-year-old"));
        }
        m = AGE_SEX.matcher(s);
        while (m.find()) {
            out.add(age(m.start(), m.end(), "90+" + s.charAt(m.end() - 1)));
        }
        m = AGE_ORDINAL.matcher(s);
        while (m.find()) {
            out.add(age(m.start(), m.end(), "[age]"));
        }
        m = AGE_STATED.matcher(s);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            out.add(age(m.start(g), m.end(g), "over 90"));
        }
        m = AGE_WORDS.matcher(s);
        while (m.find()) {
            out.add(age(m.start(), m.end(), m.group().toLowerCase().endsWith("old") ? "90-plus-year-old"
                    : "over 90"));
        }
    }

    private static PhiHit age(int start, int end, String replacement) {
        return new PhiHit("phi-age", PhiCategory.AGE, start, end, NORMAL, false,
                "ages over 89 are identifiers (say '90 or older', or 'an older adult')", replacement);
    }

    /** Rejects numeric "dates" that are no dates (e.g. 45/12/20): day and month must be in range. */
    static boolean plausibleDate(String date) {
        Matcher m = NUMERIC_DATE.matcher(date);
        if (!m.matches()) {
            return true;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (m.group(3) == null && date.contains(".")) {
            return false;
        }
        return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
    }
}
