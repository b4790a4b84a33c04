package org.tweetorial.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void compactEscapes() {
        JsonWriter w = JsonWriter.compact().beginObject().field("a", "q\"\\\n\u0001").name("b").beginArray().value(1)
                .value(true).value((String) null).endArray().endObject();
        assertEquals("{\"a\":\"q\\\"\\\\\\n\\u0001\",\"b\":[1,true,null]}", w.toString());
    }

    @Test
    void escapesLineAndParagraphSeparatorsForJavaScript() {
        assertEquals("[\"a\\u2028b\\u2029\"]",
                JsonWriter.compact().beginArray().value("a\u2028b\u2029").endArray().toString());
    }

    @Test
    void indentedPutsEachMemberOnItsOwnLine() {
        JsonWriter w = JsonWriter.indented().beginObject().field("date", "2026-01-02").name("tags").beginArray()
                .value("#a").value("#b").endArray().name("none").beginArray().endArray().name("nested")
                .beginObject().field("n", 1).endObject().endObject();
        assertEquals("""
                {
                  "date": "2026-01-02",
                  "tags": [
                    "#a",
                    "#b"
                  ],
                  "none": [],
                  "nested": {
                    "n": 1
                  }
                }""", w.toString());
    }
}
