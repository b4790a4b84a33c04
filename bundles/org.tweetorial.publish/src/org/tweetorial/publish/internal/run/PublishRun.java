package org.tweetorial.publish.internal.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PreflightIssue;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishResult;
import org.tweetorial.publish.internal.journal.Journal;
import org.tweetorial.publish.internal.journal.JournalPost;
import org.tweetorial.publish.internal.journal.PostState;

/**
 * Sends a plan post by post. For each post: upload its images (journal), choose its key and mark it sending
 * (journal), send it, mark it published (journal). A post found "sending" by a later run is looked up on the
 * platform before anything is resent, so no post is ever published twice.
 */
public final class PublishRun {

    /** Called at every step; tests throw from it to simulate a crash there. */
    @FunctionalInterface
    public interface StepHook {
        StepHook NONE = step -> { };

        void at(String step) throws PublishException;
    }

    private final PublishPlan plan;
    private final Poster poster;
    private final Journal journal;
    private final PublishListener listener;
    private final StepHook hook;
    private final Supplier<Instant> clock;
    private final List<JournalPost> fromEarlierRun = new ArrayList<>();
    private int sent;
    private int skipped;

    public PublishRun(PublishPlan plan, Poster poster, Journal journal, PublishListener listener, StepHook hook) {
        this(plan, poster, journal, listener, hook, Instant::now);
    }

    /** @param clock the time written as a post's {@code sentAt} */
    public PublishRun(PublishPlan plan, Poster poster, Journal journal, PublishListener listener, StepHook hook,
            Supplier<Instant> clock) {
        this.clock = clock;
        this.plan = plan;
        this.poster = poster;
        this.journal = journal;
        this.listener = listener;
        this.hook = hook;
    }

    /** The fingerprint of a post: its text and the bytes of its images. */
    public static String fingerprint(PlannedPost post) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(post.text().getBytes(StandardCharsets.UTF_8));
            for (PlannedImage image : post.images()) {
                md.update((byte) 0);
                md.update(MessageDigest.getInstance("SHA-256").digest(image.bytes()));
                md.update(image.alt().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The posts already on the platform (or maybe, when sending) whose text or images differ from the plan. */
    public static List<PreflightIssue> changes(PublishPlan plan, Journal journal) {
        List<PreflightIssue> out = new ArrayList<>();
        String file = plan.request().source().getFileName().toString();
        for (JournalPost j : journal.posts) {
            if (j.state == PostState.PENDING) {
                continue;
            }
            Optional<PlannedPost> now = plan.posts().stream().filter(p -> p.number() == j.number).findFirst();
            if (now.isEmpty()) {
                out.add(new PreflightIssue(j.number, file, "post " + j.number + " was published but the file now has "
                        + plan.posts().size() + " posts", "restore it, or continue without it"));
            } else if (!fingerprint(now.get()).equals(j.fingerprint)) {
                out.add(new PreflightIssue(j.number, file + ":" + now.get().line(), "differs from what was published"
                        + (j.url == null ? "" : " (" + j.url + ")"), "undo the change, or continue: published"
                        + " posts stay as they are"));
            }
        }
        return out;
    }

    public PublishResult run() throws PublishException {
        for (JournalPost j : journal.posts) {
            if (!j.media.isEmpty() && j.state != PostState.PUBLISHED) {
                fromEarlierRun.add(j);
            }
        }
        int total = plan.posts().size();
        Optional<Published> root = Optional.empty();
        Optional<Published> parent = Optional.empty();
        List<String> urls = new ArrayList<>();
        for (PlannedPost post : plan.posts()) {
            if (listener.cancelled()) {
                throw new PublishException(PublishException.Reason.CANCELLED, "cancelled before post "
                        + post.number() + " of " + total + "; " + journal.published() + " published");
            }
            Published p = publish(post, total, root, parent);
            urls.add(p.url());
            root = root.isPresent() ? root : Optional.of(p);
            parent = Optional.of(p);
        }
        return new PublishResult(urls, sent, skipped, journal.file());
    }

    private Published publish(PlannedPost post, int total, Optional<Published> root, Optional<Published> parent)
            throws PublishException {
        JournalPost entry = journal.post(post.number(), fingerprint(post));
        if (entry.state == PostState.PUBLISHED) {
            skipped++;
            return published(entry);
        }
        if (entry.state == PostState.SENDING) {
            listener.step(post.number(), total, "looking for post " + post.number() + " sent by an earlier run");
            Optional<Published> found = poster.find(post, entry, parent);
            if (found.isPresent()) {
                skipped++;
                return record(post, total, entry, found.get());
            }
        }
        entry.fingerprint = fingerprint(post);
        uploadMedia(post, total, entry);
        hook.at("post " + post.number() + ": mark sending");
        if (entry.key == null) {
            entry.key = poster.newKey();
        }
        entry.state = PostState.SENDING;
        entry.sentAt = clock.get().toString();
        journal.save();
        hook.at("post " + post.number() + ": send");
        listener.step(post.number(), total, "sending post " + post.number());
        Published p = poster.create(post, entry, entry.media, root, parent, listener);
        hook.at("post " + post.number() + ": sent");
        sent++;
        return record(post, total, entry, p);
    }

    private void uploadMedia(PlannedPost post, int total, JournalPost entry) throws PublishException {
        if (fromEarlierRun.remove(entry) && poster.mediaExpireBetweenRuns()) {
            entry.media.clear();
        }
        for (int i = entry.media.size(); i < post.images().size(); i++) {
            PlannedImage image = post.images().get(i);
            hook.at("post " + post.number() + ": upload image " + (i + 1));
            listener.step(post.number(), total, "uploading " + image.file().getFileName());
            entry.media.add(poster.upload(image, listener));
            journal.save();
        }
    }

    private Published record(PlannedPost post, int total, JournalPost entry, Published p) throws PublishException {
        entry.state = PostState.PUBLISHED;
        entry.id = p.id();
        entry.cid = p.cid();
        entry.url = p.url();
        journal.save();
        listener.published(post.number(), total, p.url());
        return p;
    }

    private static Published published(JournalPost entry) {
        return new Published(entry.id, entry.cid == null ? "" : entry.cid, entry.url);
    }
}
