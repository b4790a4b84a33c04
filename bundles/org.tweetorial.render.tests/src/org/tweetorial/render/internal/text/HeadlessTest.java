package org.tweetorial.render.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rendering makes AWT headless, unless the application chose before (the workbench keeps its display). */
class HeadlessTest {

    private static final String KEY = "java.awt.headless";
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(KEY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(KEY);
        } else {
            System.setProperty(KEY, saved);
        }
    }

    @Test
    void unsetBecomesHeadless() {
        System.clearProperty(KEY);
        Headless.ensure();
        assertEquals("true", System.getProperty(KEY));
    }

    @Test
    void theApplicationsChoiceIsKept() {
        System.setProperty(KEY, "false");
        Headless.ensure();
        assertEquals("false", System.getProperty(KEY));
    }
}
