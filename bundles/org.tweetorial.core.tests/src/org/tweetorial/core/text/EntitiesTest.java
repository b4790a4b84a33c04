package org.tweetorial.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.text.Entity.Kind;

class EntitiesTest {

    private static List<String> found(String text) {
        return Entities.extract(text).stream().map(e -> e.kind() + " " + e.text()).toList();
    }

    @Test
    void linksHashtagsAndMentionsInOrderWithTheirRanges() {
        String text = "See https://doi.org/10.1056/x and nejm.org by @drsmith #MedEd #FOAMed.";
        List<Entity> entities = Entities.extract(text);
        assertEquals(List.of("URL https://doi.org/10.1056/x", "URL nejm.org", "MENTION @drsmith", "HASHTAG #MedEd",
                "HASHTAG #FOAMed"), found(text));
        Entity tag = entities.get(3);
        assertEquals(Kind.HASHTAG, tag.kind());
        assertEquals("#MedEd", text.substring(tag.start(), tag.end()));
    }

    @Test
    void mastodonMentionIsOneMention() {
        assertEquals(List.of("MENTION @anna@med.social", "HASHTAG #tag"), found("Hi @anna@med.social #tag"));
    }

    @Test
    void whatPlatformsDoNotLink() {
        assertEquals(List.of(), found("#2024 costs $5, mail a@b.com, 1#a, C# and ## heading"));
        assertEquals(List.of("HASHTAG #covid"), found("#covid-19"));
    }

    @Test
    void emptyText() {
        assertEquals(List.of(), Entities.extract(""));
    }
}
