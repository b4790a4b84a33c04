package org.tweetorial.render.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardSettings;
import org.tweetorial.render.Layout;

class PostCardsTest {

    private static final String THREAD = """
            ---
            title: "Sepsis basics"
            author: Dr Amara Okafor
            handle: amara_em
            ---
            # Sepsis in five posts

            A thread for students.

            ---

            ## Definition

            Sepsis is organ dysfunction caused by a dysregulated response to infection.

            ---

            1 in 5 deaths worldwide is associated with sepsis.

            ---

            ## Hour-1 bundle

            - Lactate
            - Cultures
            - Antibiotics

            ---

            > Time is tissue.

            ---

            ## Numbers

            <!-- card: layout=stat value="11 million" caption="deaths a year" source="Rudd 2020" -->

            Sepsis kills many.

            ---

            ## Take-home

            Think sepsis early.
            """;

    private static List<Card> cards() throws Exception {
        Tweetorial t = Tweetorials.parse(THREAD, Path.of("."));
        return PostCards.toCards(t, CardSettings.of(t));
    }

    @Test
    void layoutsFollowTheContent() throws Exception {
        List<Card> cards = cards();
        assertEquals(List.of(Layout.TITLE, Layout.KEY_POINT, Layout.STAT, Layout.LIST, Layout.QUOTE, Layout.STAT,
                Layout.CLOSING), cards.stream().map(Card::layout).toList());
    }

    @Test
    void fieldsComeFromThePostAndTheDirectiveOverrides() throws Exception {
        List<Card> cards = cards();
        Card title = cards.get(0);
        assertEquals("Sepsis in five posts", title.title());
        assertEquals("A thread for students.", title.subtitle());
        assertEquals(new Card.Numbering(1, 7), title.numbering());
        assertEquals(new Card.Byline("Dr Amara Okafor", "@amara_em", ""), title.byline());
        assertEquals("Sepsis basics", title.kicker());
        Card autoStat = cards.get(2);
        assertEquals("1 in 5", autoStat.stat().value());
        assertEquals("deaths worldwide is associated with sepsis.", autoStat.stat().caption());
        assertEquals(List.of("Lactate", "Cultures", "Antibiotics"), cards.get(3).items());
        assertEquals("Time is tissue.", cards.get(4).quote().text());
        Card stat = cards.get(5);
        assertEquals(new Card.Stat("11 million", "deaths a year", "Rudd 2020"), stat.stat());
        assertEquals("Numbers", stat.title());
        assertTrue(cards.get(6).paragraphs().contains("Think sepsis early."));
    }

    @Test
    void statDetectionNeedsANumberLedShortSentence() {
        assertEquals("45%", PostCards.statParts(List.of("45% of patients improve")) [0]);
        assertEquals("3\u00D7", PostCards.statParts(List.of("3\u00D7 higher risk")) [0]);
        assertEquals(null, PostCards.statParts(List.of("30 mL/kg crystalloid")));
        assertEquals(null, PostCards.statParts(List.of("1 in 3", "two paragraphs")));
    }
}
