package org.tweetorial.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export produced.
 *
 * @param folder   the export folder, complete
 * @param files    every file written, in a stable order
 * @param problems lint findings and export problems (missing images, replaced characters...)
 * @param safety   the safety check's report: nothing in it blocked (e.g. missing credits, or patient
 *                 identifiers that were allowed or shared with consent)
 */
public record ExportResult(Path folder, List<ExportedFile> files, List<ExportProblem> problems,
        SafetyReport safety) {

    public ExportResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ExportProblem::isError);
    }

    public long totalBytes() {
        return files.stream().mapToLong(ExportedFile::bytes).sum();
    }
}
