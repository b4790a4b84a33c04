package org.tweetorial.importer;

import java.nio.file.Path;

/**
 * A file an import wrote, or chose not to write.
 *
 * @param path    the file
 * @param outcome what happened to it
 */
public record WrittenFile(Path path, Outcome outcome) {

    /** What an import did with one file. */
    public enum Outcome {
        /** The file did not exist and was written. */
        CREATED,
        /** The file was the import's own earlier output, unedited, and was replaced by the new import. */
        UPDATED,
        /** The file already holds exactly this import. */
        UNCHANGED,
        /** The file at the wanted name was edited by the user; the import was written beside it, at this path. */
        WRITTEN_BESIDE
    }
}
