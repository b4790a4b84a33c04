package org.tweetorial.export;

/**
 * One file the export wrote.
 *
 * @param relativePath path inside the export folder, with {@code /} separators
 * @param bytes        size in bytes
 */
public record ExportedFile(String relativePath, long bytes) {
}
