package org.tweetorial.importer;

import java.nio.file.Path;

import org.tweetorial.importer.internal.SourceReaders;
import org.tweetorial.importer.internal.write.ImportWriter;

/** Scans a source for threads and writes a thread as a tweetorial file. */
public final class Importer {

    private Importer() {
    }

    /**
     * Detects what {@code source} is (an X archive zip, folder or {@code tweets.js}; a Bluesky {@code .car}; a
     * Mastodon archive zip, folder or {@code outbox.json}; a text file) and lists its threads.
     *
     * @throws ImportException when the source is missing, unreadable or of no known kind
     */
    public static ArchiveScan scan(Path source) throws ImportException {
        return SourceReaders.scan(source);
    }

    /** Splits pasted text into the posts of one thread (see {@link SourceKind#PLAIN_TEXT}). */
    public static ArchiveScan scanText(String text, String name) {
        return SourceReaders.scanText(text, name);
    }

    /**
     * Writes {@code thread} as tweetorial Markdown with its images in {@code images/}. {@code out} is a folder
     * (the file is named from the thread's date and first words) or a {@code .md} file. Importing the same thread
     * again gives the same files; a file the user has edited since is never overwritten: the import is written
     * beside it and the report says so.
     *
     * @throws ImportException when the files cannot be written
     */
    public static ImportReport write(ImportedThread thread, Path out) throws ImportException {
        return new ImportWriter().write(thread, out);
    }

    /** The file name {@link #write} gives the thread in a folder, e.g. {@code 2024-03-01-why-the-heart.md}. */
    public static String fileName(ImportedThread thread) {
        return ImportWriter.fileName(thread);
    }
}
