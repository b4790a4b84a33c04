package org.tweetorial.core.internal.lint.phi;

import static org.tweetorial.core.lint.PhiStrictness.NORMAL;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Geography smaller than a state: street addresses (English, French, German, Italian, Spanish forms, with the town
 * and postcode that follow), UK postcodes, US state + ZIP, "ZIP 90017", French and German postcode + town, and a
 * town or village where a person lives ("lives in", "from", "farms near", "her village, ..."), checked against the
 * place-name list.
 */
final class Places implements Recogniser {

    private static final String CAP = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)*";
    private static final String STREET = "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Close|Crescent|Way|Boulevard"
            + "|Blvd|Court|Ct|Place|Terrace|Gardens|Grove|Square|Row|Mews|Hill|Walk|Parade|Green|View|Rise)\\b\\.?"
            + "(?!\\s+(?:Hospital|Clinic|Station|Surgery|Medical|Health|Practice|Centre|Center|School|University"
            + "|College|Institute)\\b)";
    private static final String UK_POSTCODE = "(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2})";
    private static final String TOWN_TAIL = "(?:,?\\s+(?:" + CAP + "(?:\\s+" + CAP + ")?,?\\s+)?(?:[A-Z]{2}\\s+\\d{5}"
            + "(?:-\\d{4})?|" + UK_POSTCODE + "\\b|\\d{5}\\s+" + CAP + ")|,\\s+" + CAP + "(?:\\s+" + CAP + ")?"
            + "(?=[\\s,.;:)]|$))?";
    private static final Pattern NUMBERED_STREET = Pattern.compile("(?:\\b(?:Flat|Apt\\.?|Apartment|Unit|Suite)"
            + "\\s+\\d{1,4}[A-Z]?,?\\s+)?\\b\\d{1,5}[A-Za-z]?,?\\s+(?:" + CAP + "\\s+){1,3}"
            + STREET + TOWN_TAIL);
    private static final Pattern NAMED_STREET = Pattern.compile("(?i:\\b(?:on|at|off|in|near|along))\\s+((?:" + CAP
            + "\\s+){1,3}" + STREET + TOWN_TAIL + ")");
    private static final Pattern EU_STREET = Pattern.compile("(?i)\\b\\d{1,4}[a-z]?,?\\s+(?:rue|avenue|bd"
            + "|boulevard|chemin|all[ée]e|impasse|via|viale|piazza|calle|avenida|plaza)\\s+(?:(?:de|du|des|de\\s+la"
            + "|d'|della|del|di|la|le|les)\\s*)?\\p{L}[\\p{L}' -]{1,30}?(?:,?\\s+\\d{1,4})?(?:,\\s*\\d{5}\\s+\\p{Lu}"
            + "\\p{L}+)?(?=[,.;)]|\\s+(?:avec|con|mit|with|and|et|y)\\b|$)");
    private static final Pattern DE_STREET = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:stra(?:ß|ss)e|str\\.|weg|platz"
            + "|allee|gasse|ring|damm)\\s+\\d{1,4}[a-z]?(?:,\\s*\\d{5}\\s+\\p{Lu}\\p{L}+)?");
    private static final Pattern POSTCODE = Pattern.compile("\\b" + UK_POSTCODE + "\\b");
    private static final Pattern US_ZIP = Pattern.compile("(?:\\b" + CAP + "(?:\\s+" + CAP + ")?,\\s+)?\\b(?:AL|AK|AZ"
            + "|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS"
            + "|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI"
            + "|WY)\\s+\\d{5}(?:-\\d{4})?\\b|(?i:\\bzip(?:\\s+code)?:?\\s+)\\d{5}(?:-\\d{4})?\\b");
    private static final Pattern EU_POSTCODE_TOWN = Pattern.compile("(?<![\\d.,-])\\d{5}\\s+(" + CAP + ")");
    private static final Pattern RESIDENCE = Pattern.compile("(?i:\\b(?:lives?|living|lived|resides?|resident|home"
            + "|farms?|moved|born|grew\\s+up|retired|house|flat|cottage|farm|bungalow|caravan)\\s+(?:(?:is"
            + "|was)\\s+)?(?:alone\\s+)?"
            + "(?:in|of|at|near|to)|\\bfrom|\\bvillage,?"
            + "|\\bhamlet|\\btown\\s+of|\\bvillage\\s+of)\\s+((?:" + CAP + ")(?:\\s+" + CAP + "){0,2})");
    private static final Set<String> NOT_PLACES = Set.of("The", "A", "An", "Our", "My", "His", "Her", "Their",
            "This", "That", "Day", "Week", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December");

    @Override
    public void find(PhiText text, List<PhiHit> out) {
        String s = text.masked();
        each(NUMBERED_STREET, s, 0, out, "a street address");
        each(NAMED_STREET, s, 1, out, "a street name where a person was or lives");
        each(EU_STREET, s, 0, out, "a street address");
        each(DE_STREET, s, 0, out, "a street address");
        each(US_ZIP, s, 0, out, "a US state with a ZIP code");
        each(POSTCODE, s, 0, out, "a UK postcode");
        Matcher m = EU_POSTCODE_TOWN.matcher(s);
        while (m.find()) {
            if (text.words().isPlace(m.group(1))) {
                out.add(hit(m.start(), m.end(), "a postcode and town"));
            }
        }
        m = RESIDENCE.matcher(s);
        while (m.find()) {
            residence(text, m, out);
        }
    }

    private static void residence(PhiText text, Matcher m, List<PhiHit> out) {
        String place = m.group(1);
        String[] words = place.split("\\s+");
        if (NOT_PLACES.contains(words[0]) || text.isOwn(words[0])) {
            return;
        }
        boolean listed = text.words().isPlace(place) || words.length > 1
                && text.words().isPlace(words[words.length - 1]);
        boolean firstPerson = text.before(m.start(), 30).matches("(?is).*\\b(?:I|we|I've|I'm)\\b[^.]*$");
        boolean residenceVerb = !m.group().regionMatches(true, 0, "from", 0, 4);
        if (!firstPerson && (listed && residenceVerb || text.personalNear(m.start(), m.end())
                && (listed || residenceVerb))) {
            out.add(hit(m.start(1), m.end(1), "a town or village where a person lives"));
        }
    }

    private static void each(Pattern p, String s, int group, List<PhiHit> out, String why) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(hit(m.start(group), m.end(group), why));
        }
    }

    private static PhiHit hit(int start, int end, String why) {
        return new PhiHit("phi-geo", PhiCategory.GEO, start, end, NORMAL, false,
                why + " is geography smaller than a state", PhiCategory.GEO.placeholder());
    }
}
