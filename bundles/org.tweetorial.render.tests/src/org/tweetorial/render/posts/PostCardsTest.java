package org.tweetorial.render.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardSettings;

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
        assertEquals(List.of(CardLayout.TITLE, CardLayout.KEY_POINT, CardLayout.STAT, CardLayout.LIST,
                CardLayout.QUOTE, CardLayout.STAT, CardLayout.CLOSING), cards.stream().map(Card::layout).toList());
    }

    @Test
    void fieldsComeFromThePostAndTheDirectiveOverrides() throws Exception {
        List<Card> cards = cards();
        Card title = cards.get(0);
        assertEquals(new Card.Title("Sepsis in five posts", "A thread for students."), title.body());
        assertEquals(new Card.Numbering(1, 7), title.numbering());
        assertEquals(new Card.Byline("Dr Amara Okafor", "@amara_em", ""), title.byline());
        assertEquals("Sepsis basics", title.kicker());
        assertEquals(new Card.KeyPoint("Definition",
                "Sepsis is organ dysfunction caused by a dysregulated response to infection.", List.of()),
                cards.get(1).body());
        assertEquals(new Card.Stat("", "1 in 5", "deaths worldwide is associated with sepsis.", ""),
                cards.get(2).body());
        assertEquals(new Card.Items("Hour-1 bundle", List.of("Lactate", "Cultures", "Antibiotics")),
                cards.get(3).body());
        assertEquals(new Card.Quote("Time is tissue.", ""), cards.get(4).body());
        assertEquals(new Card.Stat("Numbers", "11 million", "deaths a year", "Rudd 2020"), cards.get(5).body());
        assertEquals(new Card.Closing("Take-home", List.of("Think sepsis early.")), cards.get(6).body());
    }

    @Test
    void visualAbstractKeepsEveryFieldOfTheDirective() throws Exception {
        Tweetorial t = Tweetorials.parse("""
                # Trial

                <!-- card: layout=visual-abstract title="DAPA-HF" question="Does it help?" population="4744 adults" \
                design="RCT" intervention="Dapagliflozin" comparator="Placebo" outcome="Worsening HF or CV death" \
                finding="16.3% vs 21.2%" conclusion="It helps" journal="N Engl J Med 2019" doi="10.1056/x" -->
                """, Path.of("."));
        Card card = PostCards.toCards(t, CardSettings.of(t)).get(0);
        assertEquals(new Card.VisualAbstract("DAPA-HF", "Does it help?", "4744 adults", "RCT", "Dapagliflozin",
                "Placebo", "Worsening HF or CV death", "16.3% vs 21.2%", "It helps", "N Engl J Med 2019",
                "10.1056/x"), card.body());
    }

    @Test
    void anImageKeepsItsDescriptionForTheAltText() throws Exception {
        Tweetorial t = Tweetorials.parse("""
                # Title

                ---

                ## Mottling

                ![Mottled skin of both knees](images/knees.png)

                Mottling beyond the knee predicts mortality.
                """, Path.of("."));
        assertEquals(new Card.Figure("Mottling", "images/knees.png", "Mottling beyond the knee predicts mortality.",
                "", "Mottled skin of both knees"), PostCards.toCards(t, CardSettings.of(t)).get(1).body());
    }

    @Test
    void statDetectionNeedsANumberLedShortSentence() {
        assertEquals("45%", PostCards.statParts(List.of("45% of patients improve")) [0]);
        assertEquals("3\u00D7", PostCards.statParts(List.of("3\u00D7 higher risk")) [0]);
        assertEquals(null, PostCards.statParts(List.of("30 mL/kg crystalloid")));
        assertEquals(null, PostCards.statParts(List.of("1 in 3", "two paragraphs")));
    }
}
