package org.tweetorial.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.core.model.Tweetorial;

class PostMovesTest {

    private static final String THREAD = """
            ---
            title: Moves
            ---
            # One

            First post.

            ---

            Two.
            ---
            Three, with a footnote.[^a]

            [^a]: A source.
            """;

    private static String moved(String text, int from, int to) throws Exception {
        Tweetorial t = Tweetorials.parse(text, java.nio.file.Path.of("."));
        TextEdit edit = PostMoves.move(t, from, to).orElseThrow();
        return TextEdit.apply(text, List.of(edit));
    }

    @Test
    void movingAPostDownSwapsItWithTheNextKeepingSeparatorsAndBlankLines() throws Exception {
        assertEquals("""
                ---
                title: Moves
                ---
                Two.

                ---

                # One

                First post.
                ---
                Three, with a footnote.[^a]

                [^a]: A source.
                """, moved(THREAD, 0, 1));
    }

    @Test
    void movingTheLastPostFirstShiftsTheOthersDown() throws Exception {
        String result = moved(THREAD, 2, 0);
        Tweetorial t = Tweetorials.parse(result, java.nio.file.Path.of("."));
        assertTrue(t.posts().get(0).markdown().startsWith("Three"), result);
        assertTrue(t.posts().get(1).markdown().startsWith("# One"), result);
        assertTrue(t.posts().get(2).markdown().startsWith("Two."), result);
        assertTrue(result.startsWith("---\ntitle: Moves\n---\n"), "the front matter stays: " + result);
    }

    @Test
    void movingBackRestoresTheText() throws Exception {
        assertEquals(THREAD, moved(moved(THREAD, 1, 2), 2, 1));
    }

    @Test
    void nothingToMoveOutsideTheThreadOrOntoItself() throws Exception {
        Tweetorial t = Tweetorials.parse(THREAD, java.nio.file.Path.of("."));
        assertTrue(PostMoves.move(t, 0, 0).isEmpty());
        assertTrue(PostMoves.move(t, 0, 9).isEmpty());
        assertTrue(PostMoves.move(t, -1, 0).isEmpty());
        int references = t.posts().size() - 1;
        assertTrue(t.posts().get(references).generated(), "the references post is the tool's");
        assertTrue(PostMoves.move(t, references, 0).isEmpty(), "the references post does not move");
    }
}
