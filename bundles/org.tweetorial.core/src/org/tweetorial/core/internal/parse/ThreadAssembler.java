package org.tweetorial.core.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tweetorial.core.model.Block;
import org.tweetorial.core.model.CardDirective;
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.core.model.Citation;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.FrontMatter.HashtagPosition;
import org.tweetorial.core.model.FrontMatter.ReferencesStyle;
import org.tweetorial.core.model.FrontMatter.SplitMode;
import org.tweetorial.core.model.Numbering;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.SourceRange;

/**
 * Turns parsed chunks into the published thread: adds the references post, the front matter hashtags, splits
 * over-long posts when {@code split: auto}, and numbers every post exactly as it will be posted.
 */
final class ThreadAssembler {

    static final String REFERENCES_TITLE = "References";
    private static final int MAX_SPLIT_ROUNDS = 4;

    /** A post before numbering; {@code tags} are the added hashtags ("" if none). */
    private record Draft(ParsedChunk content, String body, String tags, List<Block> blocks, boolean generated,
            boolean continuation) {

        String text() {
            if (tags.isEmpty()) {
                return body;
            }
            return body.isEmpty() ? tags : body + "\n\n" + tags;
        }
    }

    private final FrontMatter frontMatter;
    private final Numbering numbering;
    private final PostFitter fitter;

    ThreadAssembler(FrontMatter frontMatter) {
        this.frontMatter = frontMatter;
        this.numbering = frontMatter.numbering();
        this.fitter = PostFitter.of(frontMatter);
    }

    List<Post> assemble(List<ParsedChunk> chunks, List<Citation> citations) {
        List<Draft> drafts = new ArrayList<>();
        for (ParsedChunk c : chunks) {
            drafts.add(new Draft(c, c.body(), "", c.blocks(), false, false));
        }
        addHashtags(drafts);
        if (frontMatter.references() != ReferencesStyle.NONE && !citations.isEmpty() && !chunks.isEmpty()) {
            drafts.addAll(references(citations, chunks.get(chunks.size() - 1).range(), drafts.size()));
        }
        if (frontMatter.split() == SplitMode.AUTO) {
            drafts = splitAll(drafts);
        }
        return number(drafts);
    }

    private void addHashtags(List<Draft> drafts) {
        if (frontMatter.hashtags().isEmpty() || drafts.isEmpty()) {
            return;
        }
        int at = frontMatter.hashtagsPosition() == HashtagPosition.FIRST ? 0 : drafts.size() - 1;
        Draft d = drafts.get(at);
        drafts.set(at, new Draft(d.content(), d.body(), String.join(" ", frontMatter.hashtags()), d.blocks(),
                d.generated(), d.continuation()));
    }

    private List<Draft> references(List<Citation> citations, SourceRange range, int postsBefore) {
        int totalEstimate = postsBefore + citations.size();
        List<Draft> out = new ArrayList<>();
        List<Citation> inPost = new ArrayList<>();
        StringBuilder text = new StringBuilder(REFERENCES_TITLE);
        for (Citation c : citations) {
            String line = "[" + c.number() + "] " + referenceText(c);
            String candidate = text + "\n" + line;
            if (!inPost.isEmpty() && !fitsNumbered(candidate, totalEstimate)) {
                out.add(referencesDraft(text.toString(), inPost, range, !out.isEmpty()));
                inPost = new ArrayList<>();
                text = new StringBuilder(REFERENCES_TITLE + " (cont.)");
                candidate = text + "\n" + line;
            }
            text.setLength(0);
            text.append(candidate);
            inPost.add(c);
        }
        out.add(referencesDraft(text.toString(), inPost, range, !out.isEmpty()));
        return out;
    }

    private String referenceText(Citation c) {
        if (frontMatter.references() == ReferencesStyle.LINKS) {
            return c.doi().map(d -> "https://doi.org/" + d)
                    .or(() -> c.pmid().map(p -> "https://pubmed.ncbi.nlm.nih.gov/" + p + "/"))
                    .or(c::url).orElse(c.text());
        }
        return c.text();
    }

    private Draft referencesDraft(String text, List<Citation> citations, SourceRange range, boolean continued) {
        List<Block> blocks = new ArrayList<>();
        String title = continued ? REFERENCES_TITLE + " (cont.)" : REFERENCES_TITLE;
        blocks.add(new Block.Heading(2, title));
        for (Citation c : citations) {
            blocks.add(new Block.ListItem(0, "[" + c.number() + "]", referenceText(c)));
        }
        CardDirective card = new CardDirective(CardLayout.REFERENCES, Map.of("title", title), range);
        ParsedChunk content = new ParsedChunk(range, "", Optional.of(title), text, blocks, List.of(), List.of(),
                Optional.of(card), List.copyOf(citations), false);
        return new Draft(content, text, "", blocks, true, false);
    }

    private List<Draft> splitAll(List<Draft> drafts) {
        int total = drafts.size();
        List<Draft> out = drafts;
        for (int round = 0; round < MAX_SPLIT_ROUNDS; round++) {
            out = new ArrayList<>();
            for (Draft d : drafts) {
                out.addAll(split(d, total));
            }
            if (out.size() == total) {
                break;
            }
            total = out.size();
        }
        return out;
    }

    private List<Draft> split(Draft d, int total) {
        // A long body is not counted whole (that would be counted again every round): the splitter looks at windows.
        if (d.body().isEmpty() || d.body().length() <= TextSplitter.FIRST_WINDOW && fitsNumbered(d.text(), total)) {
            return List.of(d);
        }
        boolean tagsFirst = !d.tags().isEmpty() && frontMatter.hashtagsPosition() == HashtagPosition.FIRST;
        String tagSuffix = d.tags().isEmpty() ? "" : "\n\n" + d.tags();
        List<String> parts = TextSplitter.split(d.body(),
                s -> fitsNumbered(tagsFirst ? s + tagSuffix : s, total), s -> fitsNumbered(s, total));
        if (!d.tags().isEmpty() && !tagsFirst) {
            parts = fitLastWithTags(parts, tagSuffix, total);
        }
        if (parts.size() == 1) {
            return List.of(d);
        }
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean withTags = tagsFirst ? i == 0 : i == parts.size() - 1;
            List<Block> blocks = i == 0 && parts.size() == 1 ? d.blocks() : List.of(new Block.Paragraph(parts.get(i)));
            out.add(new Draft(d.content(), parts.get(i), withTags ? d.tags() : "", blocks, d.generated(), i > 0));
        }
        return out;
    }

    private List<String> fitLastWithTags(List<String> parts, String tagSuffix, int total) {
        String last = parts.get(parts.size() - 1);
        if (fitsNumbered(last + tagSuffix, total)) {
            return parts;
        }
        List<String> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
        List<String> lastParts = TextSplitter.split(last, s -> fitsNumbered(s, total),
                s -> fitsNumbered(s + tagSuffix, total));
        out.addAll(lastParts);
        return out;
    }

    /** Whether the text fits every platform once numbered, counting it as the last of {@code total} posts. */
    private boolean fitsNumbered(String text, int total) {
        return fitter.fits(numbering.apply(text, total, total));
    }

    /**
     * The posts, numbered. A part split off by {@code split: auto} has the range of the post it was cut from, but no
     * Markdown of its own: the source is the first part's, so it is checked once however many parts it gives.
     */
    private List<Post> number(List<Draft> drafts) {
        List<Post> posts = new ArrayList<>(drafts.size());
        int total = drafts.size();
        boolean consent = false;
        for (int i = 0; i < total; i++) {
            Draft d = drafts.get(i);
            ParsedChunk c = d.content();
            boolean first = !d.continuation();
            if (first) {
                consent = ConsentMarker.isIn(c.markdown());
            }
            posts.add(new Post(i + 1, c.range(), first ? c.heading() : Optional.empty(), first ? c.markdown() : "",
                    d.body(), numbering.apply(d.text(), i + 1, total), d.blocks(), first ? c.images() : List.of(),
                    first ? c.notes() : List.of(), first ? c.card() : Optional.empty(),
                    first ? c.citations() : List.of(), d.generated(), consent));
        }
        return posts;
    }
}
