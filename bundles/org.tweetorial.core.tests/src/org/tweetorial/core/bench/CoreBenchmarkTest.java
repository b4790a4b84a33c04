package org.tweetorial.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;

/** Coarse guards against accidental quadratic work; the real numbers come from {@link CoreBenchmark#main}. */
class CoreBenchmarkTest {

    @Test
    void generatedThreadIsValid() throws Exception {
        assertEquals(51, Tweetorials.parse(CoreBenchmark.thread(50), Path.of(".")).posts().size());
    }

    @Test
    void growthIsRoughlyLinear() throws Exception {
        double small = CoreBenchmark.msPerOp(100, 50);
        double large = CoreBenchmark.msPerOp(1000, 10);
        assertTrue(large < 1000, "1000 posts took " + large + " ms");
        assertTrue(large < small * 30, "100 posts " + small + " ms, 1000 posts " + large + " ms");
    }
}
