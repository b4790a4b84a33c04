package org.tweetorial.importer.internal.files;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The files of an archive by their path inside it ({@code /}-separated, no leading slash). */
public interface ArchiveFiles {

    /** Every file's path, sorted. */
    List<String> paths();

    /** The bytes of the file at {@code path}, if the archive has it. */
    Optional<byte[]> read(String path) throws IOException;

    /** What could not be read while opening the archive (a truncated zip), one sentence each. */
    List<String> problems();

    /** The path of the first file whose path is {@code name} or ends with {@code /name}, shortest first. */
    default Optional<String> find(String name) {
        return paths().stream().filter(p -> p.equals(name) || p.endsWith("/" + name))
                .min(java.util.Comparator.comparingInt(String::length).thenComparing(p -> p));
    }
}
