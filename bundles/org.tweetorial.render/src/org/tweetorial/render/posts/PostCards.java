package org.tweetorial.render.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.model.Block;
import org.tweetorial.core.model.CardDirective;
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardSettings;

/**
 * Builds the card of each post. Without a directive the layout follows the content: the generated references
 * post is {@code references}, the first post {@code title}, the last post {@code closing}, a post with an image
 * {@code image}, with a quote {@code quote}, with two or more list items {@code list}, a post that is one short
 * number-led sentence {@code stat}, else {@code key-point}. Directive attributes override the post's text.
 */
public final class PostCards {

    private static final int MAX_ITEMS = 6;

    private PostCards() {
    }

    /** Cards for every post of the thread, in order, with the author of {@code settings}. */
    public static List<Card> toCards(Tweetorial tweetorial, CardSettings settings) {
        List<Card> out = new ArrayList<>();
        for (Post p : tweetorial.posts()) {
            out.add(toCard(tweetorial, p, settings));
        }
        return out;
    }

    /** The card of one post of the thread, with the author of {@code settings}. */
    public static Card toCard(Tweetorial tweetorial, Post post, CardSettings settings) {
        return toCard(post, tweetorial.frontMatter(), settings.byline(), tweetorial.posts().size(),
                isLastContentPost(tweetorial, post));
    }

    /**
     * The card of one post.
     *
     * @param author the thread's author (from {@link CardSettings}), null for none
     * @param total  number of posts in the thread (for n/N)
     * @param last   whether this is the last post with content (a closing candidate)
     */
    static Card toCard(Post post, FrontMatter fm, Card.Byline author, int total, boolean last) {
        Optional<CardDirective> d = post.card();
        CardLayout layout = chooseLayout(post, last);
        Card.Builder b = Card.builder(body(layout, post, fm, d));
        b.numbering(Math.min(post.number(), Math.max(total, post.number())), Math.max(total, post.number()));
        Card.Byline byline = byline(d, author);
        if (byline != null) {
            b.byline(byline);
        }
        if (layout != CardLayout.TITLE) {
            b.kicker(fm.title().orElse(""));
        } else {
            String title = titleCardTitle(post, fm, d);
            b.kicker(fm.title().filter(t -> !t.equals(title)).orElse("Tweetorial"));
        }
        attr(d, "alt").ifPresent(b::altText);
        return b.build();
    }

    /** The layout for a post: the directive's, else one chosen from the content. */
    public static CardLayout chooseLayout(Post post, boolean last) {
        if (post.card().isPresent()) {
            return post.card().get().layout();
        }
        if (post.generated()) {
            return CardLayout.REFERENCES;
        }
        if (post.number() == 1) {
            return CardLayout.TITLE;
        }
        if (!post.images().isEmpty()) {
            return CardLayout.IMAGE;
        }
        if (post.blocks().stream().anyMatch(Block.Quote.class::isInstance)) {
            return CardLayout.QUOTE;
        }
        if (post.listItems().size() >= 2) {
            return CardLayout.LIST;
        }
        if (statParts(paragraphs(post)) != null) {
            return CardLayout.STAT;
        }
        if (last) {
            return CardLayout.CLOSING;
        }
        return CardLayout.KEY_POINT;
    }

    static boolean isLastContentPost(Tweetorial t, Post post) {
        for (int i = t.posts().size() - 1; i >= 0; i--) {
            Post p = t.posts().get(i);
            if (!p.generated()) {
                return p == post || p.number() == post.number();
            }
        }
        return false;
    }

    /** The directive's author and handle, else the thread's. */
    private static Card.Byline byline(Optional<CardDirective> d, Card.Byline author) {
        String name = attr(d, "author").orElse(author == null ? "" : author.name());
        String handle = attr(d, "handle").orElse(author == null ? "" : author.handle());
        if (name.isEmpty() && handle.isEmpty()) {
            return null;
        }
        return new Card.Byline(name, handle.isEmpty() || handle.startsWith("@") ? handle : "@" + handle, "");
    }

    /** What the card of the layout shows: the directive's attributes, else the post's content. */
    private static Card.Body body(CardLayout layout, Post post, FrontMatter fm, Optional<CardDirective> d) {
        List<String> paras = paragraphs(post);
        String title = attr(d, "title").orElse(post.heading().orElse(""));
        return switch (layout) {
            case TITLE -> new Card.Title(titleCardTitle(post, fm, d),
                    attr(d, "subtitle").orElse(paras.isEmpty() ? "" : paras.get(0)));
            case KEY_POINT -> {
                List<String> text = attr(d, "text").map(List::of)
                        .orElse(paras.isEmpty() ? List.of(post.body()) : paras);
                yield new Card.KeyPoint(title, text.get(0), text.subList(1, text.size()));
            }
            case STAT -> stat(title, post, d, paras);
            case LIST -> {
                List<String> items = post.listItems().isEmpty() ? paras : post.listItems();
                yield new Card.Items(title, items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items);
            }
            case IMAGE -> image(title, post, d, paras);
            case QUOTE -> quote(post, d, paras);
            case COMPARISON -> comparison(title, post, d);
            case VISUAL_ABSTRACT -> visualAbstract(title, post, d);
            case REFERENCES -> new Card.References(attr(d, "title").orElse(post.heading().orElse("References")),
                    references(post));
            case CLOSING -> {
                List<String> text = new ArrayList<>();
                attr(d, "text").ifPresentOrElse(text::add, () -> text.addAll(post.listItems().isEmpty() ? paras
                        : List.of(String.join(" \u00B7 ", post.listItems()))));
                attr(d, "cta").ifPresent(text::add);
                yield new Card.Closing(title, text);
            }
        };
    }

    private static String titleCardTitle(Post post, FrontMatter fm, Optional<CardDirective> d) {
        return attr(d, "title").orElse(post.heading().orElse(fm.title().orElse("")));
    }

    private static Card.Stat stat(String title, Post post, Optional<CardDirective> d, List<String> paras) {
        String[] auto = statParts(paras);
        String value = attr(d, "value").orElse(auto != null ? auto[0] : paras.isEmpty() ? "" : paras.get(0));
        String caption = attr(d, "caption").orElse(auto != null ? auto[1] : paras.size() > 1 ? paras.get(1) : "");
        return new Card.Stat(title, value + attr(d, "unit").map(u -> " " + u).orElse(""), caption,
                attr(d, "source").orElse(citations(post)));
    }

    private static final Pattern STAT = Pattern.compile(
            "^((?:[~\u2248<>\u2264\u2265]\\s?)?\\d[\\d.,]*\\s?"
                    + "(?:%|\u00D7|x\\b|-fold|in \\d+|of \\d+|per [\\d,]+))\\s+(\\S.*)$");

    /** {value, caption} for a post that is one short sentence led by a number, e.g. "1 in 3 patients...". */
    static String[] statParts(List<String> paras) {
        if (paras.size() != 1 || paras.get(0).length() > 160) {
            return null;
        }
        Matcher m = STAT.matcher(paras.get(0).strip());
        return m.matches() ? new String[] {m.group(1).strip(), m.group(2).strip()} : null;
    }

    private static Card.Figure image(String title, Post post, Optional<CardDirective> d, List<String> paras) {
        Optional<ImageRef> first = post.images().stream().findFirst();
        return new Card.Figure(title, attr(d, "image").orElse(first.map(ImageRef::path).orElse("")),
                attr(d, "caption").orElse(paras.isEmpty() ? "" : paras.get(0)),
                attr(d, "credit").orElse(first.flatMap(ImageRef::credit).orElse("")),
                first.map(ImageRef::alt).orElse(""));
    }

    private static Card.Quote quote(Post post, Optional<CardDirective> d, List<String> paras) {
        Optional<Block.Quote> block = post.blocks().stream().filter(Block.Quote.class::isInstance)
                .map(Block.Quote.class::cast).findFirst();
        return new Card.Quote(
                attr(d, "text").orElse(block.map(Block.Quote::text).orElse(paras.isEmpty() ? "" : paras.get(0))),
                attr(d, "attribution").orElse(block.flatMap(Block.Quote::attribution).orElse("")));
    }

    private static Card.Comparison comparison(String title, Post post, Optional<CardDirective> d) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        attr(d, "left_value").ifPresent(left::add);
        attr(d, "right_value").ifPresent(right::add);
        String leftHead = attr(d, "left_label").or(() -> attr(d, "left")).orElse("");
        String rightHead = attr(d, "right_label").or(() -> attr(d, "right")).orElse("");
        if (attr(d, "left_label").isPresent()) {
            attr(d, "left").ifPresent(v -> left.add(0, v));
        }
        if (attr(d, "right_label").isPresent()) {
            attr(d, "right").ifPresent(v -> right.add(0, v));
        }
        if (left.isEmpty() && right.isEmpty()) {
            List<Block.ListItem> items = post.blocks().stream().filter(Block.ListItem.class::isInstance)
                    .map(Block.ListItem.class::cast).toList();
            int half = (items.size() + 1) / 2;
            for (int i = 0; i < items.size(); i++) {
                (i < half ? left : right).add(items.get(i).text());
            }
        }
        attr(d, "caption").ifPresent(left::add);
        return new Card.Comparison(title, new Card.Column(leftHead, left), new Card.Column(rightHead, right));
    }

    private static Card.VisualAbstract visualAbstract(String title, Post post, Optional<CardDirective> d) {
        return new Card.VisualAbstract(title, attr(d, "question").orElse(post.heading().orElse("")),
                attr(d, "population").orElse(""), attr(d, "design").orElse(""),
                attr(d, "intervention").orElse(""), attr(d, "comparator").orElse(""),
                attr(d, "outcome").orElse(""), attr(d, "finding").or(() -> attr(d, "result")).orElse(""),
                attr(d, "conclusion").orElse(""), attr(d, "journal").or(() -> attr(d, "citation")).orElse(""),
                attr(d, "doi").orElse(""));
    }

    private static List<String> references(Post post) {
        List<String> items = post.blocks().stream().filter(Block.ListItem.class::isInstance)
                .map(Block.ListItem.class::cast).map(PostCards::referenceText).toList();
        if (!items.isEmpty()) {
            return items;
        }
        List<String> out = new ArrayList<>();
        for (Citation c : post.citations()) {
            out.add(c.text());
        }
        return out.isEmpty() ? paragraphs(post) : out;
    }

    private static String referenceText(Block.ListItem item) {
        String text = item.text().strip();
        return text.matches("^\\[\\d+]\\s.*") ? text.substring(text.indexOf(']') + 1).strip() : text;
    }

    private static String citations(Post post) {
        return post.citations().isEmpty() ? "" : post.citations().get(0).text();
    }

    private static List<String> paragraphs(Post post) {
        return post.blocks().stream().filter(Block.Paragraph.class::isInstance).map(Block::text)
                .filter(s -> !s.isBlank()).toList();
    }

    private static Optional<String> attr(Optional<CardDirective> d, String name) {
        return d.flatMap(c -> c.attribute(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
