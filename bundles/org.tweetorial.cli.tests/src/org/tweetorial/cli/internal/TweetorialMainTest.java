package org.tweetorial.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The plain-class-path entry point prints the bundle's version as major.minor.micro, as the OSGi one does. */
class TweetorialMainTest {

    @Test
    void theQualifierIsDropped() {
        assertEquals("0.1.0", TweetorialMain.shortVersion("0.1.0.202612021404"));
        assertEquals("1.2.3", TweetorialMain.shortVersion(" 1.2.3 "));
        assertEquals("2.0", TweetorialMain.shortVersion("2.0"));
    }

    @Test
    void noManifestVersionIsSaidPlainly() {
        assertEquals("unknown", TweetorialMain.shortVersion(null));
        assertEquals("unknown", TweetorialMain.shortVersion(""));
    }
}
