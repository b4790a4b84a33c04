package org.tweetorial.ui.internal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;

/** Writes the posted text of a thread, one file per platform, each post headed with its count. */
public final class ThreadTextWriter {

    private ThreadTextWriter() {
    }

    public static List<Path> write(Tweetorial tweetorial, String baseName, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Platform platform : tweetorial.frontMatter().platforms()) {
            Path file = folder.resolve(baseName + "-thread-" + platform.id() + ".txt");
            Files.writeString(file, text(tweetorial, platform), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    static String text(Tweetorial tweetorial, Platform platform) {
        StringBuilder out = new StringBuilder();
        for (Post post : tweetorial.posts()) {
            Count count = Platforms.count(platform, post.postedText(), tweetorial.frontMatter().mastodonLimit());
            out.append("----- ").append(platform.displayName()).append(" post ").append(post.number()).append(" (")
                    .append(count.length()).append('/').append(count.limit()).append(count.fits() ? "" : ", OVER")
                    .append(") -----\n").append(post.postedText()).append("\n\n");
        }
        return out.toString();
    }
}
