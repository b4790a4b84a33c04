package org.tweetorial.render.internal.text;

import java.text.Normalizer;

/** Paragraph text as cards display it. */
public final class DisplayText {

    private DisplayText() {
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
