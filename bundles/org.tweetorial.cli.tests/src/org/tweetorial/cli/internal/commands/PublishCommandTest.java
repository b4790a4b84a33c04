package org.tweetorial.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tweetorial publish}: dry run, preflight, credentials from the environment, exit codes. */
class PublishCommandTest {

    private static final String THREAD = """
            ---
            title: "Hyperkalaemia on the ward"
            platforms: [bluesky, mastodon]
            ---
            # Potassium 6.8: what first? #MedEd

            Three posts for the night shift.

            ---

            ## Protect the heart

            Calcium gluconate first when the ECG has changed; it does not lower potassium.

            ---

            ## Then shift and remove

            Insulin with glucose moves potassium into cells; binders and dialysis remove it.
            """;

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new PublishCommand(env::get).run(List.of(args), new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), dir));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void thread(String text) throws Exception {
        Files.writeString(dir.resolve("hyperk.md"), text);
    }

    @Test
    void dryRunPrintsThePlanAndSendsNothing() throws Exception {
        thread(THREAD);
        Result r = run(Map.of(), "hyperk.md", "--platform", "bluesky", "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Plan: 3 posts to Bluesky (language en), each replying to the one before"),
                r.out());
        assertTrue(r.out().contains("[1/3] first post"), r.out());
        assertTrue(r.out().contains("[3/3] reply to post 2"), r.out());
        assertTrue(r.out().matches(
                "(?s).*image: \\.tweetorial/publish/hyperk-cards/cards/02-[a-z-]+\\.png \\(1200x675.*"),
                r.out());
        assertTrue(r.out().contains("  alt:   "), r.out());
        assertTrue(r.out().contains("Nothing was sent (--dry-run)"), r.out());
        assertFalse(Files.exists(dir.resolve(".tweetorial/publish/hyperk-bluesky.json")));
    }

    @Test
    void aPatientIdentifierStopsThePublishWithWhatToFix() throws Exception {
        thread(THREAD.replace("Insulin with glucose moves potassium into cells; binders and dialysis remove it.",
                "The patient, MRN: 12345678, presented confused."));
        Result r = run(Map.of(), "hyperk.md", "--platform", "mastodon", "--dry-run");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("nothing was sent"), r.err());
        assertTrue(r.err().contains("hyperk.md:"), r.err());
        assertTrue(r.err().contains("patient identifier"), r.err());
    }

    @Test
    void missingCredentialsNameTheVariables() throws Exception {
        thread(THREAD);
        Result r = run(Map.of(), "hyperk.md", "--platform", "bluesky", "--account", "work");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("TWEETORIAL_BLUESKY_HANDLE_WORK, TWEETORIAL_BLUESKY_APP_PASSWORD_WORK"), r.err());
    }

    @Test
    void anUnreachableInstanceIsExitFourAndKeepsTheTokenOut() throws Exception {
        thread(THREAD);
        String token = "secret-token-4242";
        Result r = run(Map.of("TWEETORIAL_MASTODON_INSTANCE", "http://127.0.0.1:9", "TWEETORIAL_MASTODON_TOKEN",
                token), "hyperk.md", "--platform", "mastodon");
        assertEquals(4, r.code(), r.err());
        assertTrue(r.err().contains("cannot connect to http://127.0.0.1:9"), r.err());
        assertFalse(r.err().contains(token) || r.out().contains(token));
    }

    @Test
    void xIsRefusedWithTheReason() throws Exception {
        thread(THREAD);
        Result r = run(Map.of(), "hyperk.md", "--platform", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("post-by-hand"), r.err());
    }
}
