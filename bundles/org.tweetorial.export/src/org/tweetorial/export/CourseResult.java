package org.tweetorial.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What a course export produced.
 *
 * @param folder   the course folder, holding {@code index.html}
 * @param entries  every tweetorial found, in the index's order (sorted by path), exported or not
 */
public record CourseResult(Path folder, List<CourseEntry> entries) {

    public CourseResult {
        entries = List.copyOf(entries);
    }

    public List<CourseEntry> failed() {
        return entries.stream().filter(e -> e.failure().isPresent()).toList();
    }

    public List<CourseEntry> exported() {
        return entries.stream().filter(e -> e.result().isPresent()).toList();
    }

    /** True when a tweetorial failed or was exported with errors to fix. */
    public boolean hasErrors() {
        return entries.stream().anyMatch(e -> e.failure().isPresent() || e.result().get().hasErrors());
    }
}
