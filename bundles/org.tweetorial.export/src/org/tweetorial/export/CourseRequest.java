package org.tweetorial.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a course export does: every tweetorial of {@code inputs} exported into its own folder under {@code outputDir},
 * plus an {@code index.html} listing them.
 *
 * @param inputs    tweetorial files, and folders searched for them (Markdown files with front matter)
 * @param outputDir the course folder
 * @param options   applied to each file's {@link ExportRequest} (theme, paper, fixed time...); the course sets the
 *                  source and the folder, and always writes {@code thread.json} and the cards, which the index uses
 * @param workers   how many tweetorials are exported at once (at least 1)
 * @param title     the index page's title; empty for the course folder's name
 */
public record CourseRequest(List<Path> inputs, Path outputDir, UnaryOperator<ExportRequest> options, int workers,
        Optional<String> title) {

    public CourseRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(title, "title");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no tweetorial files or folders given");
        }
        workers = Math.max(1, workers);
    }

    /** Everything with each file's own settings, on as many workers as there are cores. */
    public static CourseRequest of(List<Path> inputs, Path outputDir) {
        return new CourseRequest(inputs, outputDir, UnaryOperator.identity(),
                Runtime.getRuntime().availableProcessors(), Optional.empty());
    }

    public CourseRequest withOptions(UnaryOperator<ExportRequest> value) {
        return new CourseRequest(inputs, outputDir, value, workers, title);
    }

    public CourseRequest withWorkers(int value) {
        return new CourseRequest(inputs, outputDir, options, value, title);
    }

    public CourseRequest withTitle(String value) {
        return new CourseRequest(inputs, outputDir, options, workers, Optional.of(value));
    }

    /** The index page's title: the one given, else the course folder's name. */
    public String displayTitle() {
        return title.filter(t -> !t.isBlank()).orElseGet(() -> {
            Path name = outputDir.toAbsolutePath().normalize().getFileName();
            return name == null ? "Tweetorials" : name.toString();
        });
    }
}
