package org.tweetorial.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;

class ThreadOfSizeTest {

    private static final String SOURCE = """
            ---
            title: Bench
            references: none
            ---
            # One

            First post.[^a]

            ---

            Second post.

            ---

            [^a]: A source.
            """;

    @Test
    void repeatsThePostsUntilTheThreadHasTheWantedSize() throws Exception {
        Tweetorial thread = Tweetorials.parse(ThreadOfSize.repeat(SOURCE, 7), Path.of("."));
        assertEquals(7, thread.posts().size());
        assertEquals("Bench", thread.frontMatter().title().orElseThrow());
        assertTrue(thread.posts().get(6).postedText().contains("First post."), thread.posts().get(6).postedText());
    }
}
