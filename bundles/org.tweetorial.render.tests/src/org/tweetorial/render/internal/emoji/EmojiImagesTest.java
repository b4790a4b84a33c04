package org.tweetorial.render.internal.emoji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tweetorial.core.text.Graphemes;
import org.tweetorial.render.internal.text.EmojiClusters;

class EmojiImagesTest {

    private final EmojiImages emoji = EmojiImages.get();

    @Test
    void twemojiSetIsOnTheClassPath() {
        assertTrue(emoji.isInstalled(), "twemoji/svg/*.svg must be on the class path");
        assertTrue(emoji.svg("\uD83D\uDE00").isPresent());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        // grapheme (as code points), expected Twemoji file
        "1F600, 1f600",
        "2764 FE0F, 2764",
        "0031 FE0F 20E3, 31-20e3",
        "0023 FE0F 20E3, 23-20e3",
        "1F1EC 1F1ED, 1f1ec-1f1ed",
        "1F44B 1F3FD, 1f44b-1f3fd",
        "1F468 200D 1F469 200D 1F467, 1f468-200d-1f469-200d-1f467",
        "1F3F3 FE0F 200D 1F308, 1f3f3-fe0f-200d-1f308",
        "2764 FE0F 200D 1F525, 2764-fe0f-200d-1f525",
        "1F441 FE0F 200D 1F5E8 FE0F, 1f441-200d-1f5e8",
        "1F9D1 1F3FD 200D 2695 FE0F, 1f9d1-1f3fd-200d-2695-fe0f",
        "1F3F4 E0067 E0062 E0073 E0063 E0074 E007F, 1f3f4-e0067-e0062-e0073-e0063-e0074-e007f",
        "1FA7A, 1fa7a"
    })
    void graphemeMapsToTheFileTwemojiShips(String codePoints, String file) {
        StringBuilder sb = new StringBuilder();
        for (String cp : codePoints.split(" ")) {
            sb.appendCodePoint(Integer.parseInt(cp, 16));
        }
        String g = sb.toString();
        assertEquals(List.of(g), Graphemes.split(g), "one grapheme cluster");
        assertTrue(EmojiClusters.isEmoji(g), "is emoji");
        assertEquals(file, emoji.fileName(g).orElse("(none)"));
        assertTrue(emoji.svg(g).isPresent());
    }

    @Test
    void candidateOrderFollowsTwemojiRule() {
        assertEquals(List.of("2764", "2764-fe0f"), EmojiImages.candidateNames("\u2764\uFE0F"));
        assertEquals("1f3f3-fe0f-200d-1f308",
                EmojiImages.candidateNames("\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08").get(0));
    }

    @Test
    void textCharactersAreNotEmoji() {
        for (String s : new String[] {"1", "#", "*", "\u00A9", "a", "\u2265", "\u4E2D", "e\u0301"}) {
            assertFalse(EmojiClusters.isEmoji(s), s);
        }
        assertTrue(EmojiClusters.isEmoji("\u00A9\uFE0F"));
    }
}
