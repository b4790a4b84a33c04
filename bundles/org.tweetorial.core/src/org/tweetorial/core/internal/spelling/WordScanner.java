package org.tweetorial.core.internal.spelling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.spelling.Misspelling;

/**
 * The words of a post's Markdown worth spell checking, with their offsets. Skipped: code, HTML comments (card
 * directives, notes' keys) and tags, link and image targets, URLs, e-mail addresses, mentions, hashtags (a
 * CamelCase hashtag is checked word by word), footnote labels and definitions (citations), DOIs, PMIDs, numbers
 * with their units, words with digits, single letters, ALL-CAPS abbreviations of up to six letters (and their
 * plurals: ARBs) and runs of letters longer than any English word (over 45).
 */
public final class WordScanner {

    // Each alternative either starts at a fixed character or cannot start inside a run it would scan again
    // (look-behind, possessive runs): a 1,000,000-character word is scanned in linear time.
    private static final Pattern SKIPPED = Pattern.compile(String.join("|",
            "(?s)```.*?(?:```|\\z)", "(?s)~~~.*?(?:~~~|\\z)", "`[^`\\n]*`", "(?s)<!--.*?(?:-->|\\z)", "<[^<>\\n]*>",
            "\\]\\([^)\\n]*\\)", "(?m)^\\s*\\[\\^[^\\]\\n]*\\]:.*$", "\\[\\^[^\\]\\n]*\\]",
            "(?i:https?://|www\\.)\\S+", "(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+", "@[\\w.]+(?:@[\\w.-]+)?",
            "\\b10\\.\\d{4,9}/\\S+", "(?i:\\bdoi:\\s*\\S+)", "(?i:\\bPMID:?\\s*\\d+)", "(?i:\\bPMC\\d+)",
            "&#?\\w+;", "\\bet al\\b",
            "(?<!\\d)\\d+(?:[.,]\\d+)*\\s?(?:mcg|µg|ug|mg|g|kg|mL|ml|dL|dl|L|mmol|µmol|umol|nmol|pmol|mEq|mmHg|kPa|IU|U|"
                    + "bpm|min|hrs?|h|s|ms|cm|mm|nm|µm|kcal|cal|mOsm|ng|pg|fL|fl)\\b"));
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w&])[#＃]([\\p{L}\\p{M}\\p{Nd}_]+)");
    private static final Pattern CAMEL = Pattern.compile("(?:\\p{Lu}\\p{Ll}+){2,}");
    private static final Pattern CAMEL_PART = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:['\u2019][\\p{L}\\p{M}]+)*");
    private static final Pattern ABBREVIATION_PLURAL = Pattern.compile("\\p{Lu}{2,6}s");
    private static final int LONGEST_WORD = 45;
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

    private WordScanner() {
    }

    /** The words to check, in order, as (word, start, end) in {@code text}. */
    public static List<Misspelling> words(String text) {
        char[] masked = text.toCharArray();
        List<Misspelling> out = new ArrayList<>();
        Matcher h = HASHTAG.matcher(text);
        while (h.find()) {
            if (CAMEL.matcher(h.group(1)).matches()) {
                Matcher part = CAMEL_PART.matcher(h.group(1));
                while (part.find()) {
                    add(out, part.group(), h.start(1) + part.start());
                }
            }
            Arrays.fill(masked, h.start(), h.end(), ' ');
        }
        Matcher s = SKIPPED.matcher(text);
        while (s.find()) {
            Arrays.fill(masked, s.start(), s.end(), ' ');
        }
        Matcher w = WORD.matcher(new String(masked));
        while (w.find()) {
            add(out, w.group(), w.start());
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<Misspelling> out, String token, int start) {
        String word = POSSESSIVE.matcher(token).replaceFirst("");
        if (word.length() < 2 || word.length() > LONGEST_WORD || word.chars().anyMatch(Character::isDigit)
                || isAbbreviation(word) || ABBREVIATION_PLURAL.matcher(word).matches()) {
            return;
        }
        out.add(new Misspelling(word, start, start + word.length()));
    }

    private static boolean isAbbreviation(String word) {
        return word.length() <= 6 && word.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }
}
