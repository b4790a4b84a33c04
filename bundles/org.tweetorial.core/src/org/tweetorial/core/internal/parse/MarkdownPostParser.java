package org.tweetorial.core.internal.parse;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.internal.text.LineMap;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Block;
import org.tweetorial.core.model.CardDirective;
import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.ImageRef;

/** Parses one post chunk with CommonMark (one parse per post) into its posted text and parts. */
final class MarkdownPostParser {

    static final String RULE_FOOTNOTE_UNDEFINED = "footnote-undefined";
    static final String RULE_FOOTNOTE_UNUSED = "footnote-unused";
    static final String RULE_FOOTNOTE_DUPLICATE = "footnote-duplicate";
    static final String RULE_CARD_DUPLICATE = "card-duplicate";

    // Parser instances are immutable and thread-safe.
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final String text;
    private final LineMap lines;
    private final FootnoteIndex footnotes;
    private final CitationRegistry registry;
    private final Consumer<Problem> problems;
    private final Set<String> usedLabels = new HashSet<>();
    private final boolean breaks;

    /** {@code breaks}: the front matter's {@code breaks}, a newline inside a paragraph is a line break. */
    MarkdownPostParser(String text, LineMap lines, FootnoteIndex footnotes, CitationRegistry registry,
            Consumer<Problem> problems, boolean breaks) {
        this.breaks = breaks;
        this.text = text;
        this.lines = lines;
        this.footnotes = footnotes;
        this.registry = registry;
        this.problems = problems;
    }

    ParsedChunk parse(PostSplitter.Chunk chunk) throws TweetorialException {
        NestingGuard.check(text, chunk.start(), chunk.end(), lines);
        String md = footnotes.blankOut(text, chunk.start(), chunk.end());
        PlainTextRenderer.Rendered r = PlainTextRenderer.render(md, PARSER, breaks);
        Set<Citation> citations = new LinkedHashSet<>();
        String body = cite(r.body(), md, chunk.start(), citations, true);
        List<Block> blocks = r.blocks().stream().map(b -> cite(b, citations)).toList();
        List<String> notes = r.notes().stream().map(n -> cite(n, md, chunk.start(), citations, false)).toList();
        citations.addAll(registry.inline(body));
        List<ImageRef> images = r.images().stream().map(i -> image(i, chunk.start())).toList();
        Optional<CardDirective> card = card(r.directives(), chunk.start());
        boolean definitionsOnly = body.isBlank() && images.isEmpty() && card.isEmpty()
                && footnotes.hasDefinitionIn(chunk.start(), chunk.end());
        var range = trimmedRange(chunk);
        return new ParsedChunk(range, text.substring(range.startOffset(), range.endOffset()), r.heading(), body,
                blocks, images, notes, card, List.copyOf(citations), definitionsOnly);
    }

    /** Reports footnote definitions that no post cites, and duplicates. */
    void finish() {
        for (FootnoteIndex.Definition d : footnotes.definitions().values()) {
            if (!usedLabels.contains(d.label())) {
                problems.accept(new Problem(RULE_FOOTNOTE_UNUSED, Severity.WARNING, lines.range(d.start(), d.end()),
                        "footnote [^" + d.label() + "] is defined but never cited"));
            }
        }
        for (FootnoteIndex.Definition d : footnotes.duplicates()) {
            problems.accept(new Problem(RULE_FOOTNOTE_DUPLICATE, Severity.ERROR, lines.range(d.start(), d.end()),
                    "footnote [^" + d.label() + "] is defined twice; this definition is ignored"));
        }
    }

    /** Plain text of a Markdown fragment; footnote definitions are one reference line, so breaks are spaces there. */
    static String plainText(String markdown, boolean breaks) {
        return PlainTextRenderer.render(markdown, PARSER, breaks).body();
    }

    private Block cite(Block b, Set<Citation> citations) {
        return switch (b) {
            case Block.Heading h -> new Block.Heading(h.level(), cite(h.text(), "", 0, citations, false));
            case Block.Paragraph p -> new Block.Paragraph(cite(p.text(), "", 0, citations, false));
            case Block.ListItem i -> new Block.ListItem(i.level(), i.marker(), cite(i.text(), "", 0, citations,
                    false));
            case Block.Quote q -> new Block.Quote(cite(q.text(), "", 0, citations, false), q.attribution());
            case Block.Code c -> c;
        };
    }

    /** Replaces [^label] by [n]; {@code report}: report undefined labels (once per post). */
    private String cite(String plain, String md, int chunkStart, Set<Citation> citations, boolean report) {
        if (plain.indexOf("[^") < 0) {
            return plain;
        }
        Matcher m = FootnoteIndex.REFERENCE.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(1);
            FootnoteIndex.Definition d = footnotes.definitions().get(label);
            if (d == null) {
                if (report) {
                    int at = Math.max(0, md.indexOf(m.group()));
                    problems.accept(new Problem(RULE_FOOTNOTE_UNDEFINED, Severity.ERROR,
                            lines.range(chunkStart + at, chunkStart + at + m.group().length()),
                            "footnote [^" + label + "] has no definition; add a line \"[^" + label
                                    + "]: source\" (in any post)"));
                }
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            usedLabels.add(label);
            Citation c = registry.footnote(label, plainText(d.markdown(), false).strip());
            citations.add(c);
            m.appendReplacement(out, "[" + c.number() + "]");
        }
        return m.appendTail(out).toString();
    }

    private ImageRef image(PlainTextRenderer.RawImage i, int chunkStart) {
        Optional<String> credit = Optional.ofNullable(i.title()).map(String::strip).filter(s -> !s.isEmpty());
        return new ImageRef(i.alt(), i.destination(), credit,
                lines.range(chunkStart + i.start(), chunkStart + i.end()));
    }

    private Optional<CardDirective> card(List<PlainTextRenderer.Directive> directives, int chunkStart) {
        Optional<CardDirective> card = Optional.empty();
        for (PlainTextRenderer.Directive d : directives) {
            var range = lines.range(chunkStart + d.start(), chunkStart + d.end());
            Optional<CardDirective> parsed = CardDirectiveParser.parse(d.body(), range, problems);
            if (parsed.isPresent() && card.isPresent()) {
                problems.accept(new Problem(RULE_CARD_DUPLICATE, Severity.WARNING, range,
                        "a post has one card; this second card directive is ignored"));
            } else if (card.isEmpty()) {
                card = parsed;
            }
        }
        return card;
    }

    private org.tweetorial.core.model.SourceRange trimmedRange(PostSplitter.Chunk chunk) {
        int s = chunk.start();
        int e = chunk.end();
        for (int at = s; at < e && Character.isWhitespace(text.charAt(at)); at++) {
            if (text.charAt(at) == '\n') {
                s = at + 1;
            }
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? lines.range(chunk.start(), chunk.end()) : lines.range(s, e);
    }
}
