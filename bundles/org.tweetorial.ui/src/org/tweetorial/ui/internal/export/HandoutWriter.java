package org.tweetorial.ui.internal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;

/**
 * Writes a Markdown handout: each post's text with its teaching notes, then the references. A stand-in until the
 * export bundle's handout (PDF/HTML) is available.
 */
public final class HandoutWriter {

    private HandoutWriter() {
    }

    public static Path write(Tweetorial tweetorial, String baseName, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(baseName + "-handout.md");
        Files.writeString(file, text(tweetorial), StandardCharsets.UTF_8);
        return file;
    }

    static String text(Tweetorial tweetorial) {
        StringBuilder out = new StringBuilder("# ")
                .append(tweetorial.frontMatter().title().orElse("Tweetorial")).append("\n\n");
        tweetorial.frontMatter().author().ifPresent(a -> out.append("By ").append(a).append("\n\n"));
        for (Post post : tweetorial.posts()) {
            if (post.generated()) {
                continue;
            }
            out.append("## ").append(post.number()).append(". ").append(post.heading().orElse("")).append("\n\n")
                    .append(post.body()).append("\n\n");
            for (String note : post.notes()) {
                out.append("> **Teaching note:** ").append(note).append("\n\n");
            }
        }
        if (!tweetorial.citations().isEmpty()) {
            out.append("## References\n\n");
            for (Citation citation : tweetorial.citations()) {
                out.append(citation.number()).append(". ").append(citation.text()).append('\n');
            }
        }
        return out.toString();
    }
}
