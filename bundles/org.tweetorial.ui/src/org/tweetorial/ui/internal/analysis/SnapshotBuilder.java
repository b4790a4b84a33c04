package org.tweetorial.ui.internal.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.core.Infographics;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.SourceRange;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.core.platform.Platforms;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.ui.internal.infographic.WorkbenchInfographics;

/** Parses, counts and lints one text. Pure and thread-safe: runs in background jobs. */
public final class SnapshotBuilder {

    /** The platforms the preview can switch between; always counted. */
    public static final List<Platform> PREVIEW_PLATFORMS = List.of(Platform.X, Platform.BLUESKY, Platform.MASTODON,
            Platform.THREADS, Platform.LINKEDIN);

    private static final int COUNT_CACHE_SIZE = 4096;

    private final Path baseDir;
    private final AnalysisSettings settings;
    /**
     * Counts by platform, limit and posted text: counting (URL and emoji rules) is most of the time of a refresh, and
     * typing changes one post, so the other posts' counts are reused.
     */
    private final Map<CountKey, Count> counts = new java.util.concurrent.ConcurrentHashMap<>();

    private record CountKey(Platform platform, int limit, String text) {
    }

    public SnapshotBuilder(Path baseDir, AnalysisSettings settings) {
        this.baseDir = baseDir;
        this.settings = settings;
    }

    /** Parses, counts and lints: the whole analysis in one step. */
    public DocumentSnapshot build(long version, String text) {
        return lint(parseAndCount(version, text));
    }

    /**
     * Parses and counts only (a few milliseconds): enough for the preview, the length ruler, the outline and
     * folding. The result is not {@link DocumentSnapshot#linted() linted} unless the text could not be parsed.
     */
    public DocumentSnapshot parseAndCount(long version, String text) {
        try {
            if (Infographics.isInfographic(text)) {
                Infographic infographic = Infographics.parse(text);
                return new DocumentSnapshot(version, text, Optional.empty(), List.of(), infographic.problems(),
                        Optional.empty(), false, Optional.of(infographic));
            }
            Tweetorial tweetorial = Tweetorials.parse(text, baseDir);
            return new DocumentSnapshot(version, text, Optional.of(tweetorial), summaries(tweetorial), List.of(),
                    Optional.empty(), false, Optional.empty());
        } catch (TweetorialException e) {
            SourceRange where = SourceRange.ofLine(Math.max(1, e.line()));
            Problem problem = new Problem("unreadable", Severity.ERROR, where, e.reason());
            return new DocumentSnapshot(version, text, Optional.empty(), List.of(), List.of(problem),
                    Optional.of(e.getMessage()), true, Optional.empty());
        } catch (RuntimeException e) {
            Problem problem = new Problem("internal", Severity.ERROR, SourceRange.ofLine(1),
                    "The text could not be analysed: " + e);
            return new DocumentSnapshot(version, text, Optional.empty(), List.of(), List.of(problem),
                    Optional.of(e.toString()), true, Optional.empty());
        }
    }

    /** Adds the lint problems to a parsed snapshot (the slower step: tens of milliseconds for 50 posts). */
    public DocumentSnapshot lint(DocumentSnapshot parsed) {
        if (!parsed.linted() && parsed.infographic().isPresent()) {
            return checkInfographic(parsed, parsed.infographic().get());
        }
        if (parsed.linted() || parsed.tweetorial().isEmpty()) {
            return parsed;
        }
        try {
            return parsed.withLintProblems(Tweetorials.check(parsed.tweetorial().get(), settings.lintOptions()));
        } catch (RuntimeException e) {
            Problem problem = new Problem("internal", Severity.ERROR, SourceRange.ofLine(1),
                    "The text could not be checked: " + e);
            return parsed.withLintProblems(List.of(problem));
        }
    }

    /**
     * An infographic's problems are the renderer's checks (the file's own plus those found by laying the page out:
     * text cut, unknown icons, low contrast), not the thread lint rules, which make no sense for panels. The page
     * laid out for them goes with the snapshot, and the Infographic Preview draws it without laying it out again.
     */
    private DocumentSnapshot checkInfographic(DocumentSnapshot parsed, Infographic infographic) {
        try {
            return parsed.withLaidOutInfographic(WorkbenchInfographics.layOut(infographic, baseDir));
        } catch (CardRenderException | RuntimeException e) {
            List<Problem> problems = new ArrayList<>(infographic.problems());
            problems.add(new Problem("internal", Severity.ERROR, SourceRange.ofLine(1),
                    "The infographic could not be laid out to check it: " + e.getMessage()));
            return parsed.withLintProblems(problems);
        }
    }

    private Count count(Platform platform, String text, int mastodonLimit) {
        if (this.counts.size() > COUNT_CACHE_SIZE) {
            this.counts.clear();
        }
        return this.counts.computeIfAbsent(new CountKey(platform, mastodonLimit, text),
                key -> Platforms.count(key.platform(), key.text(), key.limit()));
    }

    private List<PostSummary> summaries(Tweetorial tweetorial) {
        Set<Platform> platforms = EnumSet.copyOf(PREVIEW_PLATFORMS);
        platforms.addAll(tweetorial.frontMatter().platforms());
        int mastodonLimit = settings.lintOptions().mastodonLimit(tweetorial);
        List<PostSummary> summaries = new ArrayList<>();
        for (Post post : tweetorial.posts()) {
            Map<Platform, Count> counts = new EnumMap<>(Platform.class);
            for (Platform platform : platforms) {
                counts.put(platform, count(platform, post.postedText(), mastodonLimit));
            }
            summaries.add(new PostSummary(post, counts));
        }
        return summaries;
    }
}
