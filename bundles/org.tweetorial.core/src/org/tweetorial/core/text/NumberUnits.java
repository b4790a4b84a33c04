package org.tweetorial.core.text;

import java.util.regex.Pattern;

/** The breaks UAX #14 allows that split a quantity: "10 | mg", "5 | %", "2– | 3". */
final class NumberUnits {

    /** Units and signs that follow a number after a space in clinical writing. */
    private static final Pattern UNIT = Pattern.compile("(?:[%‰‱°]|°[CF]|(?:[µμnmcdk]?(?:g|l|L|m|s|mol|Eq|Hz|Pa))"
            + "|mmHg|cmH2O|mcg|IU|U|kcal|cal|bpm|min|h|hr|hrs|d|wk|wks|mo|y|yr|yrs|years?|months?|weeks?|days?"
            + "|hours?|minutes?|ans|jours?|mois|semaines?|heures?)(?![\\p{L}\\p{N}])");

    private NumberUnits() {
    }

    /** True when a break at {@code offset} would separate a number from its unit or split a numeric range. */
    static boolean keepsTogether(String text, int offset) {
        if (offset <= 1 || offset >= text.length()) {
            return false;
        }
        char before = text.charAt(offset - 1);
        if (isDash(before)) {
            return Character.isDigit(text.charAt(offset)) && Character.isDigit(text.charAt(offset - 2));
        }
        if (before != ' ' || !Character.isDigit(text.charAt(offset - 2))) {
            return false;
        }
        return UNIT.matcher(text).region(offset, text.length()).lookingAt();
    }

    private static boolean isDash(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2010';
    }
}
