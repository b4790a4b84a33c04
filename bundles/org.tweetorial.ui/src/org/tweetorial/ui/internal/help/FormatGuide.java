package org.tweetorial.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The format guide shipped in the bundle: {@code help/FORMAT.md}, a copy of docs/FORMAT.md (a test keeps them equal). */
public final class FormatGuide {

    private FormatGuide() {
    }

    public static String text() {
        try (InputStream in = FormatGuide.class.getResourceAsStream("/help/FORMAT.md")) {
            return in == null ? "The format guide is missing from this installation."
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The format guide cannot be read: " + e.getMessage();
        }
    }
}
