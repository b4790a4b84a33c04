package org.tweetorial.render.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders the corpus as real cards (SVG), reads the drawn lines back from the SVG and checks every line ends at
 * a UAX #14 break opportunity, never inside a contraction, quantity, handle or hashtag.
 */
class CardLineBreaksTest {

    private static CardRenderer renderer;

    @BeforeAll
    static void start() {
        renderer = CardRenderer.create(0);
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    @Test
    void corpusParagraphsWrapOnlyAtAllowedBreaksOnCards() throws Exception {
        for (CardSize size : List.of(CardSize.X, CardSize.parse("square"), CardSize.parse("portrait"))) {
            for (LineBreakCorpus.Sample sample : LineBreakCorpus.SAMPLES) {
                Card card = Card.builder(new Card.KeyPoint("", sample.text(), List.of())).build();
                List<String> lines = paragraphLines(render(card, size, "fr"), sample.text());
                assertTrue(lines.size() >= 2, size + ": wraps " + sample.text() + " " + lines);
                LineBreakCorpus.assertWrappedWell(sample, lines);
            }
        }
    }

    @Test
    void headlinesAreBalanced() throws Exception {
        String title = "Fluids first, then vasopressors when the blood pressure does not recover";
        Card card = Card.builder(new Card.Title(title, "")).build();
        List<String> lines = paragraphLines(render(card, CardSize.X, "en"), title);
        assertTrue(lines.size() >= 2, lines.toString());
        int shortest = lines.stream().mapToInt(String::length).min().orElseThrow();
        int longest = lines.stream().mapToInt(String::length).max().orElseThrow();
        assertTrue(shortest * 10 >= longest * 6, "lines of similar length: " + lines);
        assertTrue(lines.get(lines.size() - 1).contains(" "), "no lone last word: " + lines);
    }

    private static Document render(Card card, CardSize size, String language) throws Exception {
        RenderedCard r = renderer.render(card, RenderOptions.defaults().withSize(size).withFormat(OutputFormat.SVG)
                .withLanguage(language));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.bytes()));
    }

    /** The drawn lines of the text group whose words are from {@code paragraph}, top to bottom. */
    static List<String> paragraphLines(Document svg, String paragraph) {
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            List<String> lines = new ArrayList<>();
            NodeList texts = g.getChildNodes();
            for (int j = 0; j < texts.getLength(); j++) {
                if (texts.item(j) instanceof Element t && t.getLocalName().equals("text")) {
                    lines.add(t.getTextContent());
                }
            }
            if (!lines.isEmpty() && paragraph.startsWith(lines.get(0).strip())
                    && String.join(" ", lines).length() >= paragraph.length() / 2) {
                return lines;
            }
        }
        assertEquals("a text group for the paragraph", "none found for: " + paragraph);
        return List.of();
    }
}
