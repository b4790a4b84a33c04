package org.tweetorial.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Makes a benchmark input: a tweetorial's posts repeated until the thread has the wanted number of posts. */
final class ThreadOfSize {

    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---[ \\t]*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("(?m)^\\[\\^[^\\]]+\\]:");

    private ThreadOfSize() {
    }

    static String repeat(String text, int posts) {
        String frontMatter = "";
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 4);
            frontMatter = text.substring(0, end + 5);
            body = text.substring(end + 5);
        }
        List<String> sections = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        for (String section : SEPARATOR.split(body)) {
            if (section.isBlank()) {
                continue;
            }
            boolean onlyDefinitions = section.strip().lines()
                    .allMatch(l -> l.isBlank() || l.startsWith("    ") || FOOTNOTE_DEFINITION.matcher(l).find());
            (onlyDefinitions ? definitions : sections).add(section.strip());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            out.add(sections.get(i % sections.size()));
        }
        out.addAll(definitions);
        return frontMatter + String.join("\n\n---\n\n", out) + "\n";
    }
}
