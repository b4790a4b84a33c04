package org.tweetorial.render.internal.text;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Extended grapheme clusters (UAX #29, as implemented by {@link BreakIterator} since Java 20) and emoji tests. */
public final class Graphemes {

    private static final int ZWJ = 0x200D;
    private static final int VS16 = 0xFE0F;
    private static final int KEYCAP = 0x20E3;

    private Graphemes() {
    }

    /** Splits text into grapheme clusters; a cluster is never split by any later step. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    /** True when the cluster should be drawn as a colour emoji image rather than as font glyphs. */
    public static boolean isEmoji(String cluster) {
        if (cluster.isEmpty()) {
            return false;
        }
        int first = cluster.codePointAt(0);
        if (first >= 0x1F1E6 && first <= 0x1F1FF) {
            return true;
        }
        boolean vs16 = cluster.indexOf(VS16) >= 0;
        if (cluster.indexOf(KEYCAP) >= 0) {
            return true;
        }
        if (!Character.isEmoji(first)) {
            return false;
        }
        if (first < 0x80) {
            return false;
        }
        return vs16 || Character.isEmojiPresentation(first) || cluster.indexOf(ZWJ) >= 0
                || cluster.codePoints().anyMatch(Character::isEmojiModifier);
    }

    /**
     * Cleans a paragraph for display: NFC, whitespace collapsed to single spaces, control characters removed.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x00A0) {
                space = !sb.isEmpty();
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || type == Character.UNASSIGNED) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
