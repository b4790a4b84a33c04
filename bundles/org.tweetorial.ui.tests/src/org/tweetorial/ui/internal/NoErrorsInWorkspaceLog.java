package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a workbench test class when the workspace log ({@code .metadata/.log}) holds an error entry afterwards:
 * every UI test class uses it, so the whole suite leaves a log without errors.
 */
public final class NoErrorsInWorkspaceLog implements AfterAllCallback {

    /** {@code !ENTRY <bundle> <severity> ...}; severity 4 is IStatus.ERROR. */
    private static final String ERROR_SEVERITY = "4";

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        List<String> errors = errors(Platform.getLogFileLocation().toFile().toPath());
        assertEquals(List.of(), errors, "errors in the workspace log after " + context.getDisplayName());
    }

    /** The error entries of a log file, each with the lines that follow it up to the next entry. */
    static List<String> errors(Path log) throws IOException {
        List<String> errors = new ArrayList<>();
        if (!Files.exists(log)) {
            return errors;
        }
        StringBuilder entry = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("!ENTRY ")) {
                entry = null;
                if (isError(line)) {
                    entry = new StringBuilder(line);
                    errors.add(line);
                }
            } else if (entry != null) {
                entry.append('\n').append(line);
                errors.set(errors.size() - 1, entry.toString());
            }
        }
        return errors;
    }

    private static boolean isError(String entryLine) {
        String[] parts = entryLine.split(" ");
        return parts.length > 2 && ERROR_SEVERITY.equals(parts[2]);
    }
}
