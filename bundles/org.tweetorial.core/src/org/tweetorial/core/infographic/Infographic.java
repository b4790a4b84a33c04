package org.tweetorial.core.infographic;

import java.util.List;

import org.tweetorial.core.lint.Problem;

/**
 * A parsed infographic: its settings, its panels in reading order and what was wrong with the file.
 *
 * @param title    the title (front matter {@code title}, else the banner's heading)
 * @param subtitle front matter {@code subtitle}, may be empty
 * @param author   front matter {@code author}, may be empty
 * @param handle   front matter {@code handle}, may be empty
 * @param date     front matter {@code date} as written, may be empty
 * @param licence  front matter {@code licence} (for example {@code CC BY 4.0}), may be empty
 * @param theme    front matter {@code theme}, empty for the default
 * @param size     front matter {@code size} (a preset or WIDTHxHEIGHT), empty for portrait
 * @param language front matter {@code language} (BCP 47), may be empty
 * @param columns  front matter {@code columns} (1..3), 0 to choose from the content
 * @param alt      front matter {@code alt}: alt text that replaces the generated one, may be empty
 * @param panels   the panels in source order (the renderer applies their {@code order} overrides)
 * @param problems parse and lint problems, in file order
 */
public record Infographic(String title, String subtitle, String author, String handle, String date,
        String licence, String theme, String size, String language, int columns, String alt, List<Panel> panels,
        List<Problem> problems) {

    /** The front matter value of {@code kind} that makes a file an infographic. */
    public static final String KIND = "infographic";

    public Infographic {
        panels = List.copyOf(panels);
        problems = List.copyOf(problems);
    }

    /** True when a problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
