package org.tweetorial.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One tweetorial of a course: exported ({@code result}) or not ({@code failure}, which says why).
 *
 * @param source     the tweetorial file
 * @param folderName its folder inside the course folder (the file name without extension, made unique)
 */
public record CourseEntry(Path source, String folderName, Optional<ExportResult> result,
        Optional<ExportException> failure) {

    public static CourseEntry exported(Path source, String folderName, ExportResult result) {
        return new CourseEntry(source, folderName, Optional.of(result), Optional.empty());
    }

    public static CourseEntry failed(Path source, String folderName, ExportException failure) {
        return new CourseEntry(source, folderName, Optional.empty(), Optional.of(failure));
    }
}
