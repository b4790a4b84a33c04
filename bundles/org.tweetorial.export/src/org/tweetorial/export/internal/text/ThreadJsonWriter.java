package org.tweetorial.export.internal.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.internal.ExportPlan;
import org.tweetorial.export.internal.cards.PostCard;

/**
 * {@code thread.json}: the thread for other tools: front matter, posts with their counts on each platform, images
 * with alt text, cards, teaching notes, citations and the problems found. Paths are relative to the source's folder
 * so that the file does not depend on where the project lives.
 */
public final class ThreadJsonWriter {

    /** Bumped when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    private ThreadJsonWriter() {
    }

    public static byte[] write(ExportPlan plan, List<PostCard> cards, List<ExportProblem> problems) {
        Tweetorial t = plan.tweetorial();
        JsonOutput w = new JsonOutput().beginObject().field("format", "tweetorial-export")
                .field("version", FORMAT_VERSION).field("source", plan.source().getFileName().toString());
        frontMatter(w, t.frontMatter(), plan);
        w.name("posts").beginArray();
        for (int i = 0; i < t.posts().size(); i++) {
            post(w, t, t.posts().get(i), i < cards.size() ? Optional.of(cards.get(i)) : Optional.empty());
        }
        w.endArray().name("citations").beginArray();
        t.citations().forEach(c -> citation(w, c));
        w.endArray().name("problems").beginArray();
        for (ExportProblem p : problems) {
            w.beginObject().field("severity", p.severity()).field("where", p.where()).field("message", p.message())
                    .endObject();
        }
        return (w.endArray().endObject() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void frontMatter(JsonOutput w, FrontMatter fm, ExportPlan plan) {
        w.field("title", plan.title()).name("author").value(fm.author().orElse(null));
        w.name("handle").value(fm.handle().orElse(null)).field("date", plan.displayDate())
                .field("language", plan.language());
        w.name("hashtags").beginArray();
        fm.hashtags().forEach(w::value);
        w.endArray().name("platforms").beginArray();
        fm.platforms().forEach(p -> w.value(p.id()));
        w.endArray();
    }

    private static void post(JsonOutput w, Tweetorial t, Post post, Optional<PostCard> card) {
        w.beginObject().field("number", post.number()).field("generated", post.generated());
        w.name("heading").value(post.heading().orElse(null)).field("text", post.postedText())
                .field("line", post.range().startLine());
        w.name("counts").beginArray();
        for (Platform p : t.frontMatter().platforms()) {
            Count c = Platforms.count(p, post.postedText(), t.frontMatter().mastodonLimit());
            w.beginObject().field("platform", p.id()).field("length", c.length()).field("limit", c.limit())
                    .field("fits", c.fits()).endObject();
        }
        w.endArray().name("images").beginArray();
        for (ImageRef image : post.images()) {
            w.beginObject().field("path", image.path()).field("alt", image.alt())
                    .name("credit").value(image.credit().orElse(null))
                    .field("found", Files.isRegularFile(t.baseDir().resolve(image.path()))).endObject();
        }
        w.endArray();
        card.ifPresent(c -> w.name("card").beginObject().field("file", "cards/" + c.fileName())
                .field("layout", c.card().layout().id()).field("alt", c.altText()).endObject());
        w.name("notes").beginArray();
        post.notes().forEach(w::value);
        w.endArray().name("citations").beginArray();
        post.citations().forEach(c -> w.value(c.number()));
        w.endArray().endObject();
    }

    private static void citation(JsonOutput w, Citation c) {
        w.beginObject().field("number", c.number()).field("label", c.label()).field("text", c.text());
        w.name("doi").value(c.doi().orElse(null)).name("pmid").value(c.pmid().orElse(null))
                .name("url").value(c.url().orElse(null)).endObject();
    }
}
