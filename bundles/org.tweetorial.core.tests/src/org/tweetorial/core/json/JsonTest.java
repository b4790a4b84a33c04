package org.tweetorial.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void compactEscapesAndKeepsNulls() {
        JsonObject o = new JsonObject();
        o.addProperty("a", "q\"\\\n\u0001");
        JsonArray b = new JsonArray();
        b.add(1);
        b.add(true);
        b.add(JsonNull.INSTANCE);
        o.add("b", b);
        o.addProperty("c", (String) null);
        assertEquals("{\"a\":\"q\\\"\\\\\\n\\u0001\",\"b\":[1,true,null],\"c\":null}", Json.compact(o));
    }

    @Test
    void escapesLineAndParagraphSeparatorsForJavaScriptButNotHtml() {
        JsonArray a = new JsonArray();
        a.add("a\u2028b\u2029 <i>&'=");
        assertEquals("[\"a\\u2028b\\u2029 <i>&'=\"]", Json.compact(a));
    }

    @Test
    void indentedPutsEachMemberOnItsOwnLine() {
        JsonObject o = new JsonObject();
        o.addProperty("date", "2026-01-02");
        JsonArray tags = new JsonArray();
        tags.add("#a");
        tags.add("#b");
        o.add("tags", tags);
        o.add("none", new JsonArray());
        JsonObject nested = new JsonObject();
        nested.addProperty("n", 1);
        o.add("nested", nested);
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
                }""", Json.indented(o));
    }
}
