package org.tweetorial.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;

/** The benchmark's generated input is a valid thread; the numbers themselves come from {@link CoreBenchmark#main}. */
class CoreBenchmarkTest {

    @Test
    void generatedThreadIsValid() throws Exception {
        var t = Tweetorials.parse(CoreBenchmark.thread(50), Path.of("."));
        assertEquals(50, t.posts().stream().filter(p -> !p.generated()).count());
        assertTrue(Tweetorials.check(t, LintOptions.defaults()).stream().noneMatch(Problem::isError), "no errors");
    }
}
