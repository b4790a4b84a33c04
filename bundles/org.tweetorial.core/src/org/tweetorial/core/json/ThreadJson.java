package org.tweetorial.core.json;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Objects;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.eclipse.jdt.annotation.Nullable;
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

    /** Adds members of its own to a post's object, after the shared ones. */
    @FunctionalInterface
    public interface PostExtras {
        void addTo(JsonObject postObject, int index, Post post);
    }

    /** A problem found while producing the output, e.g. by the export. */
    public record Problem(String severity, String where, String message) {
    }

    private final Tweetorial thread;
    private @Nullable String file;
    private @Nullable String title;
    private @Nullable String date;
    private @Nullable String language;
    private List<Platform> platforms;
    private PostExtras postExtras = (o, index, post) -> { };
    private @Nullable List<Problem> problems;

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

    /** The whole document on one line, with a final newline (command output). */
    public String compact() {
        return Json.compact(toJson()) + "\n";
    }

    /** The whole document indented, with a final newline (files). */
    public String indented() {
        return Json.indented(toJson()) + "\n";
    }

    /** The whole document. */
    public JsonObject toJson() {
        FrontMatter fm = thread.frontMatter();
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("format", FORMAT);
        o.addProperty("version", VERSION);
        o.addProperty("title", title);
        o.addProperty("author", fm.author().orElse(null));
        o.addProperty("handle", fm.handle().orElse(null));
        o.addProperty("date", date);
        o.addProperty("language", language);
        o.add("hashtags", strings(fm.hashtags()));
        o.add("platforms", strings(platforms.stream().map(Platform::id).toList()));
        JsonArray posts = new JsonArray();
        for (int i = 0; i < thread.posts().size(); i++) {
            posts.add(post(i, thread.posts().get(i)));
        }
        o.add("posts", posts);
        JsonArray citations = new JsonArray();
        thread.citations().forEach(c -> citations.add(citation(c)));
        o.add("citations", citations);
        List<Problem> listed = problems;
        if (listed != null) {
            JsonArray array = new JsonArray();
            for (Problem p : listed) {
                JsonObject problem = new JsonObject();
                problem.addProperty("severity", p.severity());
                problem.addProperty("where", p.where());
                problem.addProperty("message", p.message());
                array.add(problem);
            }
            o.add("problems", array);
        }
        return o;
    }

    /** One count object, as {@code tweetorial count} prints it and as each post's {@code counts} holds them. */
    public static JsonObject count(Count c) {
        JsonObject o = new JsonObject();
        o.addProperty("platform", c.platform().id());
        o.addProperty("length", c.length());
        o.addProperty("limit", c.limit());
        o.addProperty("valid", c.valid());
        o.addProperty("remaining", c.limit() - c.length());
        o.addProperty("bytes", c.bytes());
        if (c.byteLimit() > 0) {
            o.addProperty("byteLimit", c.byteLimit());
        }
        return o;
    }

    private JsonObject post(int index, Post post) {
        JsonObject o = new JsonObject();
        o.addProperty("number", post.number());
        o.addProperty("line", post.range().startLine());
        o.addProperty("generated", post.generated());
        o.addProperty("text", post.postedText());
        o.addProperty("heading", post.heading().orElse(null));
        JsonArray images = new JsonArray();
        for (ImageRef image : post.images()) {
            JsonObject i = new JsonObject();
            i.addProperty("path", image.path());
            i.addProperty("alt", image.alt());
            i.addProperty("credit", image.credit().orElse(null));
            i.addProperty("found", exists(image.path()));
            images.add(i);
        }
        o.add("images", images);
        JsonArray counts = new JsonArray();
        for (Platform p : platforms) {
            counts.add(count(Platforms.count(p, post.postedText(), thread.frontMatter().mastodonLimit())));
        }
        o.add("counts", counts);
        postExtras.addTo(o, index, post);
        o.add("notes", strings(post.notes()));
        JsonArray citations = new JsonArray();
        post.citations().forEach(c -> citations.add(c.number()));
        o.add("citations", citations);
        return o;
    }

    private boolean exists(String imagePath) {
        try {
            return Files.isRegularFile(thread.baseDir().resolve(imagePath));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static JsonObject citation(Citation c) {
        JsonObject o = new JsonObject();
        o.addProperty("number", c.number());
        o.addProperty("label", c.label());
        o.addProperty("text", c.text());
        o.addProperty("doi", c.doi().orElse(null));
        o.addProperty("pmid", c.pmid().orElse(null));
        o.addProperty("url", c.url().orElse(null));
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
