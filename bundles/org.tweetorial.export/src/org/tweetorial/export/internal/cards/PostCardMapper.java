package org.tweetorial.export.internal.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.model.Block;
import org.tweetorial.core.model.CardDirective;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.render.Card;
import org.tweetorial.render.Layout;

/**
 * Maps a post to the card that shows it: the layout and fields of its {@code <!-- card: -->} directive, or a
 * layout chosen from its content (references post, image, title post, list, quote, else key point).
 */
public final class PostCardMapper {

    private PostCardMapper() {
    }

    public static Card toCard(Tweetorial t, Post post) {
        Layout layout = layout(t, post);
        Optional<CardDirective> directive = post.card();
        Card.Builder b = Card.builder(layout).title(attr(directive, "title").orElse(post.heading().orElse("")))
                .numbering(post.number(), t.posts().size());
        byline(t.frontMatter(), b);
        if (layout != Layout.TITLE) {
            b.kicker(t.frontMatter().title().orElse(""));
        }
        fill(layout, t, post, directive, b);
        return b.build();
    }

    static Layout layout(Tweetorial t, Post post) {
        if (post.card().isPresent()) {
            return Layout.fromId(post.card().get().layout().id()).orElse(Layout.KEY_POINT);
        }
        if (post.generated()) {
            return Layout.REFERENCES;
        }
        if (!post.images().isEmpty()) {
            return Layout.IMAGE;
        }
        if (post.number() == 1) {
            return Layout.TITLE;
        }
        if (post.listItems().size() >= 2) {
            return Layout.LIST;
        }
        return post.blocks().stream().anyMatch(Block.Quote.class::isInstance) ? Layout.QUOTE : Layout.KEY_POINT;
    }

    private static void byline(FrontMatter fm, Card.Builder b) {
        if (fm.author().isPresent() || fm.handle().isPresent()) {
            b.byline(fm.author().orElse(""), fm.handle().orElse(""), "");
        }
    }

    private static void fill(Layout layout, Tweetorial t, Post post, Optional<CardDirective> d, Card.Builder b) {
        switch (layout) {
            case TITLE -> b.subtitle(attr(d, "subtitle").orElse(firstParagraph(post)));
            case KEY_POINT -> b.paragraphs(List.of(attr(d, "text").orElse(firstParagraph(post))));
            case STAT -> b.stat(attr(d, "value").orElse("") + attr(d, "unit").map(u -> " " + u).orElse(""),
                    attr(d, "caption").orElse(""), attr(d, "source").orElse(""));
            case LIST -> b.items(post.listItems().isEmpty() ? paragraphs(post) : post.listItems());
            case IMAGE -> image(post, d, b);
            case QUOTE -> quote(post, d, b);
            case COMPARISON -> b.comparison(attr(d, "left_label").orElse(attr(d, "left").orElse("")),
                    values(d, "left"), attr(d, "right_label").orElse(attr(d, "right").orElse("")),
                    values(d, "right"));
            case VISUAL_ABSTRACT -> b.visualAbstract(visualAbstract(d));
            case REFERENCES -> b.references(references(post));
            case CLOSING -> b.paragraphs(closingText(post, d));
        }
    }

    private static void image(Post post, Optional<CardDirective> d, Card.Builder b) {
        Optional<ImageRef> first = post.images().stream().findFirst();
        String path = attr(d, "image").orElse(first.map(ImageRef::path).orElse(""));
        String credit = attr(d, "credit").orElse(first.flatMap(ImageRef::credit).orElse(""));
        b.figure(path, attr(d, "caption").orElse(""), credit);
        first.ifPresent(img -> b.altText(img.alt()));
    }

    private static void quote(Post post, Optional<CardDirective> d, Card.Builder b) {
        Optional<Block.Quote> block = post.blocks().stream().filter(Block.Quote.class::isInstance)
                .map(Block.Quote.class::cast).findFirst();
        b.quote(attr(d, "text").orElse(block.map(Block.Quote::text).orElse(firstParagraph(post))),
                attr(d, "attribution").orElse(block.flatMap(Block.Quote::attribution).orElse("")));
    }

    private static List<String> values(Optional<CardDirective> d, String side) {
        List<String> out = new ArrayList<>();
        attr(d, side + "_value").ifPresent(out::add);
        if (attr(d, side + "_label").isPresent()) {
            attr(d, side).ifPresent(v -> out.add(0, v));
        }
        return out;
    }

    private static Card.VisualAbstract visualAbstract(Optional<CardDirective> d) {
        String intervention = attr(d, "intervention").orElse("")
                + attr(d, "comparator").map(c -> " vs " + c).orElse("");
        String finding = attr(d, "finding").or(() -> attr(d, "result")).orElse("");
        String outcome = attr(d, "outcome").map(o -> finding.isEmpty() ? o : o + ": " + finding).orElse(finding);
        return new Card.VisualAbstract(attr(d, "question").orElse(""), attr(d, "design").orElse(""),
                attr(d, "population").orElse(""), intervention, outcome, attr(d, "conclusion").orElse(""));
    }

    private static List<String> references(Post post) {
        return post.blocks().stream().filter(Block.ListItem.class::isInstance).map(Block.ListItem.class::cast)
                .map(item -> item.marker().startsWith("[") ? item.marker() + " " + item.text() : item.text())
                .toList();
    }

    private static List<String> closingText(Post post, Optional<CardDirective> d) {
        List<String> out = new ArrayList<>();
        attr(d, "text").ifPresentOrElse(out::add, () -> out.addAll(post.listItems().isEmpty()
                ? List.of(firstParagraph(post)) : post.listItems()));
        attr(d, "cta").ifPresent(out::add);
        return out;
    }

    private static List<String> paragraphs(Post post) {
        return post.blocks().stream().filter(Block.Paragraph.class::isInstance).map(Block::text).toList();
    }

    private static String firstParagraph(Post post) {
        return paragraphs(post).stream().findFirst().orElse(post.body());
    }

    private static Optional<String> attr(Optional<CardDirective> d, String name) {
        return d.flatMap(c -> c.attribute(name)).filter(v -> !v.isBlank());
    }
}
