package org.tweetorial.export.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.tweetorial.core.json.JsonWriter;
import org.tweetorial.core.json.ThreadJson;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.internal.ExportPlan;
import org.tweetorial.export.internal.cards.PostCard;

/**
 * {@code thread.json}: the thread in the schema of {@code tweetorial thread --format json} ({@link ThreadJson}),
 * indented, with each post's card and the problems found. Paths are relative to the source's folder so that the
 * file does not depend on where the project lives.
 */
public final class ThreadJsonWriter {

    private ThreadJsonWriter() {
    }

    public static byte[] write(ExportPlan plan, List<PostCard> cards, List<ExportProblem> problems) {
        String json = ThreadJson.of(plan.tweetorial()).file(plan.source().getFileName().toString())
                .title(plan.title()).date(plan.displayDate()).language(plan.language())
                .postExtras((w, index, post) -> {
                    if (index < cards.size()) {
                        PostCard c = cards.get(index);
                        w.name("card").beginObject().field("file", plan.cardFiles().path(c.baseName()))
                                .field("layout", c.card().layout().id()).field("alt", c.altText()).endObject();
                    }
                })
                .problems(problems.stream().map(p -> new ThreadJson.Problem(p.severity(), p.where(), p.message()))
                        .toList())
                .write(JsonWriter.indented());
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
