package org.tweetorial.core.internal.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.model.Block;

/**
 * Renders one post's CommonMark tree as the plain text platforms post: emphasis markers dropped, headings as their
 * text, list items as lines with their bullets or numbers, links as "text (URL)" (or the URL when the text is the
 * URL), images and HTML comments removed. A single newline inside a paragraph is a line break when {@code breaks} (the
 * front matter's default, as composers post what was typed), else CommonMark's soft break (a space). Collects the structure (blocks), images, notes and directives on the
 * way. Block nesting is bounded by {@link NestingGuard}; inline content is walked without recursion.
 */
final class PlainTextRenderer {

    /** An HTML comment directive ({@code card:} or {@code note:}) with its offset in the post. */
    record Directive(String kind, String body, int start, int end) {
    }

    /** An image with its span in the post. */
    record RawImage(String alt, String destination, String title, int start, int end) {
    }

    /** The renderer's output for one Markdown text; immutable. */
    record Rendered(String body, List<Block> blocks, List<RawImage> images, List<String> notes,
            List<Directive> directives, Optional<String> heading) {
    }

    /** Output per post Markdown, across runs: CommonMark parsing is most of the parse, and most posts are unchanged. */
    private static final TextMemo<String, Rendered> RENDERED = new TextMemo<>(8_192, 2_000_000, String::length);
    /** The same with soft breaks as spaces ({@code breaks: false}). */
    private static final TextMemo<String, Rendered> RENDERED_SOFT = new TextMemo<>(1_024, 500_000, String::length);

    /**
     * CommonMark-parses and renders {@code markdown} (memoized: a pure function of the text and {@code breaks});
     * {@code breaks}: a newline inside a paragraph is a line break, else a space.
     */
    static Rendered render(String markdown, Parser parser, boolean breaks) {
        return (breaks ? RENDERED : RENDERED_SOFT).get(markdown, md -> {
            PlainTextRenderer r = new PlainTextRenderer(breaks);
            r.render(parser.parse(md));
            return new Rendered(r.body(), List.copyOf(r.blocks), List.copyOf(r.images), List.copyOf(r.notes),
                    List.copyOf(r.directives), r.heading);
        });
    }

    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(card|note)\\s*:(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_PREFIX = Pattern.compile("^(?i:note):\\s*");
    private static final Pattern ATTRIBUTION = Pattern.compile("^(?:—|–|--|~)\\s*(.+)$", Pattern.DOTALL);

    final List<Block> blocks = new ArrayList<>();
    final List<RawImage> images = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();
    Optional<String> heading = Optional.empty();
    private final StringBuilder body = new StringBuilder();
    private final String softBreak;

    private PlainTextRenderer(boolean breaks) {
        this.softBreak = breaks ? "\n" : " ";
    }

    String body() {
        return body.toString();
    }

    void render(Node document) {
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            block(child, 0);
        }
    }

    private void block(Node node, int level) {
        if (node instanceof Heading h) {
            String text = inline(h, true);
            if (!text.isBlank()) {
                heading = heading.or(() -> Optional.of(text.strip()));
                add(new Block.Heading(h.getLevel(), text.strip()), false);
            }
        } else if (node instanceof Paragraph p) {
            paragraph(inline(p, true));
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            list(node, level);
        } else if (node instanceof BlockQuote q) {
            quote(q);
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral());
        } else if (node instanceof HtmlBlock html) {
            String rest = comments(html.getLiteral(), html);
            paragraph(rest);
        } else if (!(node instanceof ThematicBreak) && !(node instanceof LinkReferenceDefinition)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, level);
            }
        }
    }

    private void paragraph(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        Matcher note = NOTE_PREFIX.matcher(t);
        if (note.find()) {
            notes.add(t.substring(note.end()));
            return;
        }
        add(new Block.Paragraph(t), false);
    }

    private void code(String literal) {
        String t = literal.stripTrailing();
        if (!t.isEmpty()) {
            add(new Block.Code(t), false);
        }
    }

    private void list(Node list, int level) {
        int number = list instanceof OrderedList ol && ol.getMarkerStartNumber() != null
                ? ol.getMarkerStartNumber() : 1;
        boolean first = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = marker(list, number++);
            List<String> parts = new ArrayList<>();
            List<Node> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BulletList || child instanceof OrderedList) {
                    nested.add(child);
                } else if (child instanceof Paragraph p) {
                    parts.add(inline(p, true).strip());
                } else if (child instanceof HtmlBlock html) {
                    parts.add(comments(html.getLiteral(), html).strip());
                } else {
                    parts.add(blockText(child));
                }
            }
            String text = String.join(" ", parts.stream().filter(s -> !s.isEmpty()).toList());
            add(new Block.ListItem(level, marker, text), !(first && level == 0));
            first = false;
            for (Node n : nested) {
                list(n, level + 1);
            }
        }
    }

    private static String marker(Node list, int number) {
        if (list instanceof OrderedList ol) {
            String delimiter = ol.getMarkerDelimiter() != null ? ol.getMarkerDelimiter() : ".";
            return number + delimiter;
        }
        String m = ((BulletList) list).getMarker();
        return "*".equals(m) ? "•" : (m == null ? "-" : m);
    }

    private String blockText(Node node) {
        if (node instanceof FencedCodeBlock c) {
            return c.getLiteral().strip();
        }
        if (node instanceof IndentedCodeBlock c) {
            return c.getLiteral().strip();
        }
        StringBuilder sb = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            String t = child instanceof Paragraph || child instanceof Heading ? inline(child, true)
                    : blockText(child);
            if (!t.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(t.strip());
            }
        }
        return sb.toString();
    }

    private void quote(BlockQuote q) {
        List<String> paragraphs = new ArrayList<>();
        for (Node child = q.getFirstChild(); child != null; child = child.getNext()) {
            String t = child instanceof Paragraph ? inline(child, true) : blockText(child);
            if (!t.isBlank()) {
                paragraphs.add(t.strip());
            }
        }
        if (paragraphs.isEmpty()) {
            return;
        }
        Optional<String> attribution = Optional.empty();
        Matcher m = ATTRIBUTION.matcher(paragraphs.get(paragraphs.size() - 1));
        if (paragraphs.size() > 1 && m.matches()) {
            attribution = Optional.of(m.group(1).strip());
            paragraphs.remove(paragraphs.size() - 1);
        }
        String text = String.join("\n", paragraphs);
        Block.Quote block = new Block.Quote(text, attribution);
        blocks.add(block);
        separate(false);
        body.append('\u201C').append(text).append('\u201D');
        attribution.ifPresent(a -> body.append("\n\u2014 ").append(a));
    }

    private void add(Block block, boolean tight) {
        blocks.add(block);
        separate(tight);
        if (block instanceof Block.ListItem item) {
            body.append("  ".repeat(item.level())).append(item.marker()).append(' ');
        }
        body.append(block.text());
    }

    private void separate(boolean tight) {
        if (!body.isEmpty()) {
            body.append(tight ? "\n" : "\n\n");
        }
    }

    /** Plain text of inline content, without recursion. {@code collect}: record images and directives. */
    private String inline(Node parent, boolean collect) {
        StringBuilder out = new StringBuilder();
        Deque<Object> stack = new ArrayDeque<>();
        pushChildren(stack, parent);
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof String s) {
                out.append(s);
            } else {
                inlineNode((Node) top, out, stack, collect);
            }
        }
        return out.toString();
    }

    private void inlineNode(Node node, StringBuilder out, Deque<Object> stack, boolean collect) {
        if (node instanceof Text t) {
            out.append(t.getLiteral());
        } else if (node instanceof Code c) {
            out.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            out.append(softBreak);
        } else if (node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof Image image) {
            if (collect) {
                int[] span = span(image);
                images.add(new RawImage(inline(image, false).strip(), image.getDestination(), image.getTitle(),
                        span[0], span[1]));
            }
        } else if (node instanceof Link link) {
            out.append(linkText(inline(link, collect), link.getDestination()));
        } else if (node instanceof HtmlInline html) {
            String literal = html.getLiteral();
            if (BR.matcher(literal).matches()) {
                out.append('\n');
            } else if (literal.startsWith("<!--")) {
                if (collect) {
                    comments(literal, html);
                }
            } else {
                out.append(literal);
            }
        } else {
            pushChildren(stack, node);
        }
    }

    private static void pushChildren(Deque<Object> stack, Node parent) {
        Node child = parent.getLastChild();
        while (child != null) {
            stack.push(child);
            child = child.getPrevious();
        }
    }

    static String linkText(String text, String destination) {
        String t = text.strip();
        String d = destination.startsWith("mailto:") ? destination.substring(7) : destination;
        if (t.isEmpty() || t.equals(d) || t.equals(stripScheme(d)) || stripScheme(t).equals(stripScheme(d))) {
            return d;
        }
        return t + " (" + d + ")";
    }

    private static String stripScheme(String url) {
        String u = url.replaceFirst("^https?://", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** Records the card/note comments of an HTML literal; returns what remains once all comments are removed. */
    private String comments(String literal, Node node) {
        Matcher m = COMMENT.matcher(literal);
        if (!m.find()) {
            return literal.startsWith("<!--") ? "" : literal;
        }
        int base = span(node)[0];
        StringBuilder rest = new StringBuilder();
        int last = 0;
        do {
            rest.append(literal, last, m.start());
            Matcher d = DIRECTIVE.matcher(m.group(1));
            if (d.matches()) {
                String kind = d.group(1).toLowerCase(java.util.Locale.ROOT);
                if (kind.equals("note")) {
                    notes.add(d.group(2).strip());
                } else {
                    directives.add(new Directive(kind, d.group(2), base + m.start(), base + m.end()));
                }
            }
            last = m.end();
        } while (m.find());
        rest.append(literal, last, literal.length());
        return rest.toString();
    }

    /** [start, end) of a node in the post's Markdown. */
    private static int[] span(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new int[] {0, 0};
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()};
    }
}
