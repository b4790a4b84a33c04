package org.tweetorial.core.lint;

import java.util.Locale;

/** How serious a problem is. Errors block publishing ({@code check} exits 1). */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
