package org.tweetorial.export.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.tweetorial.core.json.ThreadJson;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.internal.ExportPlan;
import org.tweetorial.export.internal.cards.PostCard;

/**
 * {@code thread.json}: the thread in the schema of {@code tweetorial thread --format json} ({@link ThreadJson}),
 * indented, with each post's card, where it was published (when {@code tweetorial publish} did) and the problems
 * found. Paths are relative to the source's folder so that the
 * file does not depend on where the project lives.
 */
public final class ThreadJsonWriter {

    private ThreadJsonWriter() {
    }

    public static byte[] write(ExportPlan plan, List<PostCard> cards, List<ExportProblem> problems) {
        Map<Integer, List<PublishedLinks.Link>> published = PublishedLinks.of(plan.source());
        String json = ThreadJson.of(plan.tweetorial()).file(plan.source().getFileName().toString())
                .title(plan.title()).date(plan.displayDate()).language(plan.language())
                .postExtras((o, index, post) -> {
                    if (index < cards.size()) {
                        o.add("card", card(cards.get(index), plan));
                    }
                    if (published.containsKey(post.number())) {
                        o.add("published", links(published.get(post.number())));
                    }
                })
                .problems(problems.stream().map(p -> new ThreadJson.Problem(p.severity(), p.where(), p.message()))
                        .toList())
                .indented();
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Where the post was published ({@code tweetorial publish}'s journals): platform, account, url. */
    private static JsonArray links(List<PublishedLinks.Link> links) {
        JsonArray out = new JsonArray();
        for (PublishedLinks.Link l : links) {
            JsonObject o = new JsonObject();
            o.addProperty("platform", l.platform());
            o.addProperty("account", l.account());
            o.addProperty("url", l.url());
            out.add(o);
        }
        return out;
    }

    private static JsonObject card(PostCard c, ExportPlan plan) {
        JsonObject card = new JsonObject();
        card.addProperty("file", plan.cardFiles().path(c.baseName()));
        card.addProperty("layout", c.card().layout().id());
        card.addProperty("alt", c.altText());
        return card;
    }
}
