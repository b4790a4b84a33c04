package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tweetorial.ui.internal.help.FormatGuide;

/** The format guide in the workbench is docs/FORMAT.md: this fails as soon as the two differ. */
class FormatGuideInSyncTest {

    @Test
    void theBundledGuideIsDocsFormatMd() throws Exception {
        Path docs = Path.of("..", "..", "docs", "FORMAT.md").toAbsolutePath().normalize();
        String expected = Files.readString(docs, StandardCharsets.UTF_8);
        assertEquals(expected, FormatGuide.text(), "bundles/org.tweetorial.ui/help/FORMAT.md differs from "
                + docs + "; copy it: cp docs/FORMAT.md bundles/org.tweetorial.ui/help/FORMAT.md");
    }
}
