package org.tweetorial.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;

/** Coarse guards against accidental quadratic work; the real numbers come from {@link CoreBenchmark#main}. */
class CoreBenchmarkTest {

    @Test
    void generatedThreadIsValid() throws Exception {
        var t = Tweetorials.parse(CoreBenchmark.thread(50), Path.of("."));
        assertEquals(50, t.posts().stream().filter(p -> !p.generated()).count());
        assertTrue(Tweetorials.check(t, LintOptions.defaults()).stream().noneMatch(Problem::isError), "no errors");
    }

    @Test
    void growthIsRoughlyLinear() throws Exception {
        double small = CoreBenchmark.msPerOp(100, 20);
        double large = CoreBenchmark.msPerOp(1000, 3);
        assertTrue(large < 2000, "1000 posts took " + large + " ms");
        assertTrue(large < small * 30, "100 posts " + small + " ms, 1000 posts " + large + " ms");
    }
}
