package org.tweetorial.core.text;

import java.util.regex.Pattern;

/** The breaks UAX #14 allows that split a quantity: "10 | mg", "5 | %", "2– | 3", "mL/ | kg", "≥ | 2". */
final class NumberUnits {

    /** Units and signs that follow a number after a space in clinical writing. */
    private static final Pattern UNIT = Pattern.compile("(?:[%‰‱°]|°[CF]|(?:[µμnmcdk]?(?:g|l|L|m|s|mol|Eq|Hz|Pa))"
            + "|mmHg|cmH2O|mcg|IU|U|kcal|cal|bpm|min|h|hr|hrs|d|wk|wks|mo|y|yr|yrs|years?|months?|weeks?|days?"
            + "|hours?|minutes?|ans|jours?|mois|semaines?|heures?)(?![\\p{L}\\p{N}])");

    private NumberUnits() {
    }

    /** Signs that belong with the number after them ("≥ 2", "< 65"). */
    private static final String RELATIONS = "<>=≤≥≈±~";

    /** Longest letter run on each side of a slash that still reads as a unit ("mmol/L", "mL/kg/min"). */
    private static final int UNIT_LETTERS = 5;

    /**
     * True when a break at {@code offset} would separate a number from its unit or a relation sign, split a range
     * ("2–3", "II–IV") or split a compound unit at its slash.
     */
    static boolean keepsTogether(String text, int offset) {
        if (offset <= 1 || offset >= text.length()) {
            return false;
        }
        char before = text.charAt(offset - 1);
        if (before == '/') {
            return isShortWord(text, offset - 1, -1) && isShortWord(text, offset, 1);
        }
        if (isDash(before)) {
            char left = text.charAt(offset - 2);
            char right = text.charAt(offset);
            boolean digits = Character.isDigit(left) && Character.isDigit(right);
            return digits || Character.isLetterOrDigit(left) && isShortWord(text, offset, 1); // "II–IV"
        }
        if (before == ' ' && RELATIONS.indexOf(text.charAt(offset - 2)) >= 0) {
            return Character.isDigit(text.charAt(offset)); // "≥ | 2"
        }
        if (before != ' ' || !Character.isDigit(text.charAt(offset - 2))) {
            return false;
        }
        return UNIT.matcher(text).region(offset, text.length()).lookingAt();
    }

    /** True when 1 to {@link #UNIT_LETTERS} letters run from {@code from} in direction {@code step}. */
    private static boolean isShortWord(String text, int from, int step) {
        int i = step < 0 ? from - 1 : from;
        int n = 0;
        while (i >= 0 && i < text.length() && Character.isLetter(text.charAt(i))) {
            n++;
            i += step;
        }
        return n >= 1 && n <= UNIT_LETTERS;
    }

    private static boolean isDash(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2010';
    }
}
