package org.tweetorial.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link SafetyCheck} found, items ordered by category then file position.
 *
 * @param source the Markdown file, empty for a text not saved to a file
 * @param items  every finding, blocking or not
 */
public record SafetyReport(Optional<Path> source, List<SafetyItem> items) {

    public SafetyReport {
        items = List.copyOf(items);
    }

    /** Whether anything stops the export. */
    public boolean blocks() {
        return items.stream().anyMatch(SafetyItem::blocks);
    }

    /** The items that stop the export. */
    public List<SafetyItem> blocking() {
        return items.stream().filter(SafetyItem::blocks).toList();
    }

    /** The items of one category. */
    public List<SafetyItem> items(SafetyItem.Category category) {
        return items.stream().filter(i -> i.category() == category).toList();
    }

    /** {@code FILE:LINE:COLUMN} of an item (the file name only, {@code <input>} without a file). */
    public String where(SafetyItem item) {
        String file = source.map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
                .orElse("<input>");
        return file + ":" + item.line() + ":" + item.column();
    }
}
