package org.tweetorial.core.json;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Objects;

import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;

/**
 * The thread as JSON: the one schema of {@code tweetorial thread --format json} and the export's {@code thread.json}
 * (see {@code docs/CLI.md}): front matter, posts with their counts on each platform, images with alt text, notes and
 * citations. The export adds each post's card and the problems it found through {@link #postExtras} and
 * {@link #problems}; members without a value are {@code null}, those of the export only are left out elsewhere.
 */
public final class ThreadJson {

    /** The value of the {@code format} member. */
    public static final String FORMAT = "tweetorial-thread";

    /** Bumped when a member changes meaning or disappears. */
    public static final int VERSION = 2;

    /** Writes members of its own into a post's object, after the shared ones. */
    @FunctionalInterface
    public interface PostExtras {
        void write(JsonWriter w, int index, Post post);
    }

    /** A problem found while producing the output, e.g. by the export. */
    public record Problem(String severity, String where, String message) {
    }

    private final Tweetorial thread;
    private String file;
    private String title;
    private String date;
    private String language;
    private List<Platform> platforms;
    private PostExtras postExtras = (w, index, post) -> { };
    private List<Problem> problems;

    private ThreadJson(Tweetorial thread) {
        this.thread = thread;
        FrontMatter fm = thread.frontMatter();
        this.title = fm.title().orElse(null);
        this.language = fm.language().orElse(null);
        this.platforms = fm.platforms();
    }

    /** The thread with its front matter's title, language and platforms, and no date. */
    public static ThreadJson of(Tweetorial thread) {
        return new ThreadJson(Objects.requireNonNull(thread, "thread"));
    }

    /** The source file as the reader should see it (relative where possible). */
    public ThreadJson file(String value) {
        this.file = value;
        return this;
    }

    public ThreadJson title(String value) {
        this.title = value;
        return this;
    }

    public ThreadJson date(String value) {
        this.date = value;
        return this;
    }

    public ThreadJson language(String value) {
        this.language = value;
        return this;
    }

    /** The platforms to count for, in order. */
    public ThreadJson platforms(List<Platform> value) {
        this.platforms = List.copyOf(value);
        return this;
    }

    public ThreadJson postExtras(PostExtras value) {
        this.postExtras = Objects.requireNonNull(value, "postExtras");
        return this;
    }

    /** Adds a {@code problems} array (left out unless set). */
    public ThreadJson problems(List<Problem> value) {
        this.problems = List.copyOf(value);
        return this;
    }

    /** The whole document, with a final newline. */
    public String write(JsonWriter w) {
        FrontMatter fm = thread.frontMatter();
        w.beginObject().field("file", file).field("format", FORMAT).field("version", VERSION)
                .field("title", title).field("author", fm.author().orElse(null))
                .field("handle", fm.handle().orElse(null)).field("date", date).field("language", language);
        w.name("hashtags").beginArray();
        fm.hashtags().forEach(w::value);
        w.endArray().name("platforms").beginArray();
        platforms.forEach(p -> w.value(p.id()));
        w.endArray().name("posts").beginArray();
        for (int i = 0; i < thread.posts().size(); i++) {
            post(w, i, thread.posts().get(i));
        }
        w.endArray().name("citations").beginArray();
        thread.citations().forEach(c -> citation(w, c));
        w.endArray();
        if (problems != null) {
            w.name("problems").beginArray();
            for (Problem p : problems) {
                w.beginObject().field("severity", p.severity()).field("where", p.where())
                        .field("message", p.message()).endObject();
            }
            w.endArray();
        }
        return w.endObject() + "\n";
    }

    /** One count object, as {@code tweetorial count} prints it and as each post's {@code counts} holds them. */
    public static void count(JsonWriter w, Count c) {
        w.beginObject().field("platform", c.platform().id()).field("length", c.length()).field("limit", c.limit())
                .field("valid", c.valid()).field("remaining", c.limit() - c.length()).field("bytes", c.bytes());
        if (c.byteLimit() > 0) {
            w.field("byteLimit", c.byteLimit());
        }
        w.endObject();
    }

    private void post(JsonWriter w, int index, Post post) {
        w.beginObject().field("number", post.number()).field("line", post.range().startLine())
                .field("generated", post.generated()).field("text", post.postedText())
                .field("heading", post.heading().orElse(null));
        w.name("images").beginArray();
        for (ImageRef image : post.images()) {
            w.beginObject().field("path", image.path()).field("alt", image.alt())
                    .field("credit", image.credit().orElse(null))
                    .field("found", exists(image.path())).endObject();
        }
        w.endArray().name("counts").beginArray();
        for (Platform p : platforms) {
            count(w, Platforms.count(p, post.postedText(), thread.frontMatter().mastodonLimit()));
        }
        w.endArray();
        postExtras.write(w, index, post);
        w.name("notes").beginArray();
        post.notes().forEach(w::value);
        w.endArray().name("citations").beginArray();
        post.citations().forEach(c -> w.value(c.number()));
        w.endArray().endObject();
    }

    private boolean exists(String imagePath) {
        try {
            return Files.isRegularFile(thread.baseDir().resolve(imagePath));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void citation(JsonWriter w, Citation c) {
        w.beginObject().field("number", c.number()).field("label", c.label()).field("text", c.text())
                .field("doi", c.doi().orElse(null)).field("pmid", c.pmid().orElse(null))
                .field("url", c.url().orElse(null)).endObject();
    }
}
