package org.tweetorial.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;

/** The benchmark's generated input is a valid thread; the numbers themselves come from {@link CoreBenchmark#main}. */
class CoreBenchmarkTest {

    @Test
    void generatedThreadIsValid() throws Exception {
        assertEquals(51, Tweetorials.parse(CoreBenchmark.thread(50), Path.of(".")).posts().size());
    }
}
