package org.tweetorial.ui.internal.analysis;

import java.util.List;
import java.util.Optional;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.render.infographic.LaidOutInfographic;

/**
 * The result of analysing one version of a document: its posts with counts and its problems. Immutable.
 *
 * @param version    the document version it was computed from (increases with each change)
 * @param text       the text it was computed from
 * @param tweetorial the parsed thread, empty when the text could not be parsed at all
 * @param posts      the posts with their counts, in thread order (empty if not parsed)
 * @param problems   parse and lint problems in file order
 * @param failure    why the text could not be parsed, if it could not
 * @param linted     whether {@code problems} holds the lint results; false for the first, quicker snapshot of a
 *                   version (parsed and counted only), which the linted one follows with the same posts
 * @param infographic the parsed infographic when the file says {@code kind: infographic} (then {@code tweetorial}
 *                    and {@code posts} are empty and {@code problems} are the infographic's own checks)
 * @param laidOutInfographic the infographic's page as laid out to check it, in the linted snapshot (empty before, or
 *                    when it could not be laid out); the Infographic Preview draws it
 */
public record DocumentSnapshot(long version, String text, Optional<Tweetorial> tweetorial, List<PostSummary> posts,
        List<Problem> problems, Optional<String> failure, boolean linted, Optional<Infographic> infographic,
        Optional<LaidOutInfographic> laidOutInfographic) {

    public DocumentSnapshot {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }

    /** A snapshot of a text that is not laid out as an infographic (yet). */
    public DocumentSnapshot(long version, String text, Optional<Tweetorial> tweetorial, List<PostSummary> posts,
            List<Problem> problems, Optional<String> failure, boolean linted, Optional<Infographic> infographic) {
        this(version, text, tweetorial, posts, problems, failure, linted, infographic, Optional.empty());
    }

    public static DocumentSnapshot empty() {
        return new DocumentSnapshot(-1, "", Optional.empty(), List.of(), List.of(), Optional.empty(), true,
                Optional.empty());
    }

    /** This snapshot with its lint results; shares the posts list, so views can tell nothing else changed. */
    public DocumentSnapshot withLintProblems(List<Problem> lintProblems) {
        return new DocumentSnapshot(version, text, tweetorial, posts, lintProblems, failure, true, infographic,
                laidOutInfographic);
    }

    /** This infographic's snapshot checked: the laid-out page and its problems. */
    public DocumentSnapshot withLaidOutInfographic(LaidOutInfographic page) {
        return new DocumentSnapshot(version, text, tweetorial, posts, page.problems(), failure, true, infographic,
                Optional.of(page));
    }

    /** Index into {@link #posts()} of the written post containing an offset, -1 if none. */
    public int postIndexAt(int offset) {
        int found = -1;
        for (int i = 0; i < posts.size(); i++) {
            PostSummary summary = posts.get(i);
            if (summary.post().generated()) {
                continue;
            }
            if (summary.post().range().startOffset() <= offset) {
                found = i;
            } else {
                break;
            }
        }
        return found;
    }

    /** The thread's or the infographic's declared title, or empty. */
    public String title() {
        if (infographic.isPresent()) {
            return infographic.get().title();
        }
        return tweetorial.flatMap(t -> t.frontMatter().title()).orElse("");
    }
}
