package org.tweetorial.importer.internal.write;

import java.time.ZoneOffset;
import java.util.List;

import org.tweetorial.importer.ImportedImage;
import org.tweetorial.importer.ImportedPost;
import org.tweetorial.importer.ImportedThread;
import org.tweetorial.importer.internal.text.ThreadNumbering;

/**
 * The tweetorial Markdown of an imported thread: front matter (title from the first post, author, handle,
 * platforms, date), then the posts without their numbering (the tool numbers them), separated by {@code ---}, each
 * followed by its images with their alt text and a credit placeholder for the author to fill in.
 */
final class TweetorialMarkdown {

    /** The credit written for every imported image; lint's credit rule flags it until it is replaced. */
    static final String CREDIT_PLACEHOLDER = "Credit: TODO (source and licence)";
    private static final int TITLE_LENGTH = 80;

    private TweetorialMarkdown() {
    }

    /** {@code imagePaths.get(i)} are the paths, relative to the file, of post i's images. */
    static String render(ImportedThread thread, List<List<String>> imagePaths) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(yaml(title(thread))).append('\n');
        if (!thread.author().name().isBlank()) {
            md.append("author: ").append(yaml(thread.author().name())).append('\n');
        }
        if (!thread.author().handle().isBlank()) {
            md.append("handle: ").append(yaml(thread.author().handle())).append('\n');
        }
        md.append("platforms: [").append(thread.kind().platform()).append("]\n");
        thread.date().ifPresent(d -> md.append("date: ").append(d.atZone(ZoneOffset.UTC).toLocalDate()).append('\n'));
        md.append("---\n");
        List<ImportedPost> posts = thread.posts();
        for (int i = 0; i < posts.size(); i++) {
            md.append(i == 0 ? "" : "\n---\n").append('\n');
            String body = body(posts.get(i), i, posts.size());
            md.append(body.isEmpty() ? "" : MarkdownText.of(body) + "\n");
            List<ImportedImage> images = posts.get(i).images();
            for (int j = 0; j < images.size() && j < imagePaths.get(i).size(); j++) {
                md.append('\n').append(image(images.get(j).alt(), imagePaths.get(i).get(j))).append('\n');
            }
        }
        return md.toString();
    }

    /** The post's text without numbering. */
    static String body(ImportedPost post, int index, int total) {
        return ThreadNumbering.strip(post.text(), index + 1, total);
    }

    /** The first line of the first post, without links and trailing hashtags, shortened to about 80 characters. */
    static String title(ImportedThread thread) {
        String first = body(thread.posts().get(0), 0, thread.length()).strip();
        String line = first.isEmpty() ? "" : first.lines().findFirst().orElse("");
        line = MarkdownText.URL.matcher(line).replaceAll("").replaceAll("(\\s+#[\\p{L}\\p{N}_]+)+\\s*$", "")
                .replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return "Imported thread " + thread.id();
        }
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH - 1);
        return line.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH - 1).strip() + "…";
    }

    private static String image(String alt, String path) {
        String text = alt.replaceAll("\\s+", " ").strip().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        return "![" + text + "](" + path + " \"" + CREDIT_PLACEHOLDER + "\")";
    }

    static String yaml(String s) {
        String clean = s.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ");
        return "\"" + clean.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
