package org.tweetorial.core.internal.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.internal.text.LineMap;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Tweetorial;

/** The parse pipeline: front matter, post chunks, one CommonMark parse per post, thread assembly. */
public final class TweetorialParser {

    public static final String RULE_THREAD_EMPTY = "thread-empty";

    private TweetorialParser() {
    }

    public static Tweetorial parse(String text, Optional<Path> source, Path baseDir) throws TweetorialException {
        try {
            InputDecoder.checkText(text, source);
            return doParse(text, source, baseDir);
        } catch (TweetorialException e) {
            throw source.isPresent() && e.file().isEmpty() ? e.inFile(source.get()) : e;
        }
    }

    private static Tweetorial doParse(String text, Optional<Path> source, Path baseDir)
            throws TweetorialException {
        LineMap lines = new LineMap(text);
        List<Problem> problems = new ArrayList<>();
        FrontMatterReader.Result fm = new FrontMatterReader(text, lines).read();
        problems.addAll(fm.problems());
        FootnoteIndex footnotes = FootnoteIndex.scan(text, fm.bodyStart());
        CitationRegistry registry = new CitationRegistry();
        MarkdownPostParser postParser = new MarkdownPostParser(text, lines, footnotes, registry, problems::add,
                fm.frontMatter().breaks());
        List<ParsedChunk> chunks = new ArrayList<>();
        for (PostSplitter.Chunk chunk : PostSplitter.split(text, fm.bodyStart())) {
            ParsedChunk parsed = postParser.parse(chunk);
            if (!parsed.definitionsOnly() && !isTrailingBlank(parsed, chunk, text)) {
                chunks.add(parsed);
            }
        }
        postParser.finish();
        if (chunks.stream().allMatch(c -> c.body().isBlank() && c.images().isEmpty())) {
            problems.add(new Problem(RULE_THREAD_EMPTY, Severity.ERROR, lines.range(fm.bodyStart(), text.length()),
                    "the thread has no posts; write posts after the front matter, separated by lines holding "
                            + "only ---"));
        }
        var posts = new ThreadAssembler(fm.frontMatter()).assemble(chunks, registry.all());
        problems.sort(Comparator.comparingInt((Problem p) -> p.range().startOffset()));
        return new Tweetorial(source, baseDir, text, fm.frontMatter(), posts, problems);
    }

    // Whitespace after a last separator (or at the end of a file without posts) is not a post.
    private static boolean isTrailingBlank(ParsedChunk parsed, PostSplitter.Chunk chunk, String text) {
        return chunk.end() == text.length() && text.substring(chunk.start(), chunk.end()).isBlank();
    }
}
