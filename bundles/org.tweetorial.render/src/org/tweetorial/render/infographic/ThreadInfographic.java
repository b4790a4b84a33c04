package org.tweetorial.render.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.infographic.Placement;
import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;

/**
 * The one-page summary of an ordinary thread: a banner from its title and first post, its key posts (those with a
 * heading, up to {@value #MAX_POSTS}) as panels of their points, a stat card's number as a big number, and the
 * references with the author's handle as the footer.
 */
public final class ThreadInfographic {

    static final int MAX_POSTS = 6;
    private static final int MAX_POINTS = 4;
    private static final int MAX_POINT_CHARS = 140;

    private ThreadInfographic() {
    }

    public static Infographic compose(Tweetorial t) {
        List<Post> posts = t.posts().stream().filter(p -> !p.generated()).toList();
        String title = t.frontMatter().title().orElse(posts.isEmpty() ? "" : posts.get(0).heading().orElse(""));
        String author = t.frontMatter().author().orElse("");
        String handle = t.frontMatter().handle().orElse("");
        List<Panel> panels = new ArrayList<>();
        if (!posts.isEmpty()) {
            Post first = posts.get(0);
            panels.add(new Panel.Banner(meta(first), title, shorten(firstParagraph(first)), author,
                    t.frontMatter().date().orElse("")));
        }
        posts.stream().skip(1).filter(p -> p.heading().isPresent()).limit(MAX_POSTS)
                .forEach(p -> panels.add(panel(p)));
        List<String> refs = t.citations().stream().map(ThreadInfographic::reference).toList();
        String credit = String.join(" ", List.of(author, handle).stream().filter(s -> !s.isBlank()).toList());
        if (!refs.isEmpty() || !credit.isEmpty()) {
            Post last = posts.isEmpty() ? null : posts.get(posts.size() - 1);
            panels.add(new Panel.Footer(last == null ? new Panel.Meta(org.tweetorial.core.model.SourceRange.ofLine(1),
                    Placement.AUTO, "") : meta(last), refs, credit, ""));
        }
        return new Infographic(title, "", author, handle, t.frontMatter().date().orElse(""), "",
                t.frontMatter().theme().orElse(""), "", t.frontMatter().language().orElse(""), 0, "", panels,
                List.of());
    }

    private static Panel panel(Post p) {
        String heading = p.heading().orElse("");
        if (p.card().isPresent() && p.card().get().attribute("value").isPresent()) {
            return new Panel.BigNumber(meta(p), p.card().get().attribute("value").get(),
                    p.card().get().attribute("caption").orElse(heading), p.card().get().attribute("source")
                            .orElse(""), "");
        }
        List<String> items = p.listItems();
        List<Panel.Point> points = new ArrayList<>();
        if (items.isEmpty()) {
            points.add(new Panel.Point("", shorten(withoutHeading(p))));
        } else {
            items.stream().limit(MAX_POINTS).forEach(i -> points.add(new Panel.Point("", shorten(i))));
        }
        return new Panel.KeyPoints(meta(p), heading, points);
    }

    private static Panel.Meta meta(Post p) {
        return new Panel.Meta(p.range(), Placement.AUTO, "");
    }

    private static String firstParagraph(Post p) {
        String body = withoutHeading(p);
        int cut = body.indexOf("\n\n");
        return cut > 0 ? body.substring(0, cut) : body;
    }

    private static String withoutHeading(Post p) {
        String body = p.body().strip();
        String heading = p.heading().orElse("");
        if (!heading.isEmpty() && body.startsWith(heading)) {
            body = body.substring(heading.length()).strip();
        }
        return body;
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        if (t.length() <= MAX_POINT_CHARS) {
            return t;
        }
        int end = t.lastIndexOf(' ', MAX_POINT_CHARS);
        return t.substring(0, end > 40 ? end : MAX_POINT_CHARS) + "\u2026";
    }

    private static String reference(Citation c) {
        return c.text() + c.doi().map(d -> " doi:" + d).orElse("");
    }
}
