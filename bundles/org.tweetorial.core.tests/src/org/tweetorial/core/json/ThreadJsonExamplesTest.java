package org.tweetorial.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Platform;

/**
 * The JSON of every example is byte for byte what {@code golden/thread-json/} holds: the compact form of
 * {@code thread --format json} and the indented form of the export's {@code thread.json} (with a card per post and
 * problems, as the export adds them). The golden files were written before the JSON writer became Gson; when an
 * example changes on purpose, the test leaves the new output in {@code target/golden-actual/} to copy over.
 */
class ThreadJsonExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"frank-starling", "sglt2-visual-abstract", "journal-club-recovery-dexamethasone",
        "conference-live-thread", "case-quiz-anion-gap"})
    void exampleJsonIsUnchanged(String name) throws Exception {
        Tweetorial t = Tweetorials.parse(examples().resolve(name + ".md"));
        String compact = ThreadJson.of(t).file(name + ".md").platforms(List.of(Platform.values()))
                .compact();
        String indented = ThreadJson.of(t).file(name + ".md").date("2026-01-02").language("en")
                .postExtras((o, index, post) -> o.add("card", card(index)))
                .problems(List.of(new ThreadJson.Problem("warning", name + ".md:1:1", "a <b> & 'c' \u2028")))
                .indented();
        assertGolden(name + ".compact.json", compact);
        assertGolden(name + ".indented.json", indented);
    }

    private static JsonObject card(int index) {
        JsonObject card = new JsonObject();
        card.addProperty("file", "cards/%02d-x.png".formatted(index + 1));
        card.addProperty("layout", "text");
        card.addProperty("alt", "Card " + (index + 1) + ": \"quoted\" \\ tab\t");
        return card;
    }

    private static void assertGolden(String file, String actual) throws Exception {
        Path golden = testBundle().resolve("golden/thread-json").resolve(file);
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path out = testBundle().resolve("target/golden-actual").resolve(file);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, file + " differs from its golden file; the output is in target/golden-actual/");
    }

    private static Path examples() {
        return testBundle().getParent().getParent().resolve("examples");
    }

    /** This test bundle's folder, found by walking up from the working directory. */
    private static Path testBundle() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            Path bundle = dir.resolve("bundles/org.tweetorial.core.tests");
            if (Files.isDirectory(bundle)) {
                return bundle;
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals("org.tweetorial.core.tests")) {
                return dir;
            }
        }
        throw new IllegalStateException("no bundles/org.tweetorial.core.tests above " + System.getProperty("user.dir"));
    }
}
