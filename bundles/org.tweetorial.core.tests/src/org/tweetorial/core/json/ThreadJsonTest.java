package org.tweetorial.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Platform;

class ThreadJsonTest {

    @TempDir
    Path dir;

    private Tweetorial parse(String text) throws Exception {
        return Tweetorials.parse(text, dir);
    }

    @Test
    void writesTheSharedSchemaInOrder() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/a.png"), new byte[] {1});
        Tweetorial t = parse("---\ntitle: T\nplatforms: [x, bluesky]\n---\n"
                + "Hello ![chart](images/a.png)\n---\nBye ![x](images/missing.png)\n");
        String json = ThreadJson.of(t).file("t.md").compact();
        assertTrue(json.startsWith("{\"file\":\"t.md\",\"format\":\"tweetorial-thread\",\"version\":2,"
                + "\"title\":\"T\",\"author\":null,\"handle\":null,\"date\":null,\"language\":null,\"hashtags\":[],"
                + "\"platforms\":[\"x\",\"bluesky\"],\"posts\":[{\"number\":1,\"line\":5,\"generated\":false,"), json);
        assertTrue(json.contains("\"images\":[{\"path\":\"images/a.png\",\"alt\":\"chart\",\"credit\":null,"
                + "\"found\":true}]"), json);
        assertTrue(json.contains("\"found\":false"), json);
        assertTrue(json.contains("{\"platform\":\"bluesky\",\"length\":"), json);
        assertTrue(json.contains("\"byteLimit\":3000}"), json);
        assertFalse(json.contains("\"problems\""), json);
        assertTrue(json.endsWith("\"citations\":[]}\n"), json);
    }

    @Test
    void platformsExtrasAndProblemsAreTheCallers() throws Exception {
        Tweetorial t = parse("One\n---\nTwo\n");
        String json = ThreadJson.of(t).platforms(List.of(Platform.MASTODON)).date("2026-01-02").language("en")
                .postExtras((o, index, post) -> o.addProperty("index", index))
                .problems(List.of(new ThreadJson.Problem("warning", "t.md:1:1", "m")))
                .indented();
        assertTrue(json.contains("\"platforms\": [\n    \"mastodon\"\n  ]"), json);
        assertTrue(json.contains("\"date\": \"2026-01-02\""), json);
        assertTrue(json.contains("\"index\": 1,"), json);
        assertTrue(json.contains("\"problems\": [\n    {\n      \"severity\": \"warning\""), json);
        assertEquals(2, json.split("\"counts\"", -1).length - 1);
    }
}
