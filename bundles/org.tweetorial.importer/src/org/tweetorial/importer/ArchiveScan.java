package org.tweetorial.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a source holds.
 *
 * @param source   the file or folder scanned
 * @param kind     the kind of source detected
 * @param threads  the threads found, oldest first
 * @param problems what could not be read (a truncated archive, a reply whose parent is missing, a missing image):
 *                 one sentence each, naming the file or post; the rest was imported
 */
public record ArchiveScan(Path source, SourceKind kind, List<ImportedThread> threads, List<String> problems) {

    public ArchiveScan {
        threads = List.copyOf(threads);
        problems = List.copyOf(problems);
    }

    /** The thread whose id is {@code id}. */
    public Optional<ImportedThread> thread(String id) {
        return threads.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
