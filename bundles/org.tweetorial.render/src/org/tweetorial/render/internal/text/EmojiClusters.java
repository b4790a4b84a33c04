package org.tweetorial.render.internal.text;

/** Which grapheme clusters are emoji, to be drawn as colour images rather than as font glyphs. */
public final class EmojiClusters {

    private static final int ZWJ = 0x200D;
    private static final int VS16 = 0xFE0F;
    private static final int KEYCAP = 0x20E3;

    private EmojiClusters() {
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
}
