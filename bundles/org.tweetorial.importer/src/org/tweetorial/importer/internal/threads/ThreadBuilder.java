package org.tweetorial.importer.internal.threads;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tweetorial.importer.Author;
import org.tweetorial.importer.ImportedPost;
import org.tweetorial.importer.ImportedThread;
import org.tweetorial.importer.SourceKind;

/**
 * Rebuilds self-threads: a post that replies to nobody (or to someone else) starts a chain, which follows the
 * author's earliest reply to each post. A later second reply to the same post starts a thread of its own. A reply
 * whose parent is not in the archive starts a thread too, and is reported. Only chains of at least
 * {@code minPosts} posts are threads (an archive's single posts are not).
 */
public final class ThreadBuilder {

    private static final Comparator<RawPost> CHRONOLOGICAL = Comparator
            .comparing((RawPost p) -> p.created().orElse(Instant.EPOCH)).thenComparing(RawPost::id);

    private final SourceKind kind;
    private final Author author;
    private final int minPosts;

    public ThreadBuilder(SourceKind kind, Author author, int minPosts) {
        this.kind = kind;
        this.author = author;
        this.minPosts = minPosts;
    }

    /** The threads of {@code posts}, oldest first; missing parents and branches are added to {@code problems}. */
    public List<ImportedThread> build(List<RawPost> posts, List<String> problems) {
        Map<String, RawPost> byId = new HashMap<>();
        posts.forEach(p -> byId.putIfAbsent(p.id(), p));
        Map<String, List<RawPost>> replies = new HashMap<>();
        Deque<RawPost> starts = new ArrayDeque<>();
        for (RawPost post : posts.stream().sorted(CHRONOLOGICAL).toList()) {
            String parent = post.parentId().orElse(null);
            if (parent != null && byId.containsKey(parent) && !post.replyToOthers()) {
                replies.computeIfAbsent(parent, k -> new ArrayList<>()).add(post);
            } else {
                if (parent != null && !post.replyToOthers()) {
                    problems.add("post " + post.id() + " replies to post " + parent + ", which is not in the "
                            + "archive (deleted, or outside the export): its thread is imported from this post on");
                }
                starts.add(post);
            }
        }
        List<ImportedThread> threads = new ArrayList<>();
        while (!starts.isEmpty()) {
            List<ImportedPost> chain = chain(starts.poll(), replies, starts, problems);
            if (chain.size() >= minPosts) {
                threads.add(new ImportedThread(chain.get(0).id(), kind, author, chain));
            }
        }
        threads.sort(Comparator.comparing((ImportedThread t) -> t.date().orElse(Instant.EPOCH))
                .thenComparing(ImportedThread::id));
        return threads;
    }

    private static List<ImportedPost> chain(RawPost first, Map<String, List<RawPost>> replies, Deque<RawPost> starts,
            List<String> problems) {
        List<ImportedPost> chain = new ArrayList<>();
        RawPost post = first;
        while (post != null) {
            chain.add(post.toPost());
            List<RawPost> next = replies.getOrDefault(post.id(), List.of());
            for (RawPost branch : next.subList(Math.min(1, next.size()), next.size())) {
                problems.add("thread " + first.id() + " branches at post " + post.id() + ": the later reply "
                        + branch.id() + " starts a chain of its own");
                starts.add(branch);
            }
            post = next.isEmpty() ? null : next.get(0);
        }
        return chain;
    }
}
