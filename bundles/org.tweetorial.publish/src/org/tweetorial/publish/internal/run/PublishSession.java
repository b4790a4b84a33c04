package org.tweetorial.publish.internal.run;

import java.util.List;
import java.util.Optional;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PreflightIssue;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.publish.PublishResult;
import org.tweetorial.publish.internal.bluesky.BlueskyPoster;
import org.tweetorial.publish.internal.http.HttpCaller;
import org.tweetorial.publish.internal.http.Waiter;
import org.tweetorial.publish.internal.journal.Journal;
import org.tweetorial.publish.internal.journal.PostState;
import org.tweetorial.publish.internal.mastodon.MastodonPoster;
import org.tweetorial.publish.internal.plan.PlanBuilder;
import org.tweetorial.publish.internal.plan.PlatformLimits;
import org.tweetorial.publish.internal.plan.Preflight;

/**
 * One publish from request to result: plan and preflight (offline), the journal's verdict (finished, unfinished,
 * changed), login and the server's own limits, then {@link PublishRun}. Tests give it a fake clock and a step hook.
 */
public final class PublishSession {

    private final Waiter waiter;
    private final PublishRun.StepHook hook;

    public PublishSession(Waiter waiter, PublishRun.StepHook hook) {
        this.waiter = waiter;
        this.hook = hook;
    }

    public static PublishSession standard() {
        return new PublishSession(Waiter.system(), PublishRun.StepHook.NONE);
    }

    /** The plan with the limits known without a server (the front matter's Mastodon limit). Sends nothing. */
    public PublishPlan plan(PublishRequest request) throws PublishException {
        return PlanBuilder.build(request, PlatformLimits.defaults(request.platform(), mastodonLimit(request)));
    }

    private static int mastodonLimit(PublishRequest request) {
        try {
            return Tweetorials.parse(request.source()).frontMatter().mastodonLimit();
        } catch (TweetorialException e) {
            return FrontMatter.DEFAULT_MASTODON_LIMIT; // the export that follows reports the file's problem
        }
    }

    public PublishResult publish(PublishRequest request, Account account, PublishListener listener)
            throws PublishException {
        if (account.platform() != request.platform()) {
            throw new IllegalArgumentException("a " + account.platform().id() + " account for a "
                    + request.platform().id() + " publish");
        }
        PublishPlan plan = plan(request);
        Optional<Journal> existing = Journal.load(plan.journal());
        if (existing.isPresent()) {
            Journal j = existing.get();
            if (finished(j, plan)) {
                return new PublishResult(j.posts.stream().map(p -> p.url).toList(), 0, plan.posts().size(),
                        j.file());
            }
            if (j.started() && !request.resume()) {
                throw new PublishException(PublishException.Reason.UNFINISHED, request.source().getFileName()
                        + " was partly published to " + request.platform().displayName() + " (" + j.published()
                        + " of " + plan.posts().size() + " posts): run again with --resume to continue, or move "
                        + plan.journal() + " away to start a new thread");
            }
        }
        Poster poster = open(account, plan, listener);
        List<PreflightIssue> issues = Preflight.check(plan, poster.limits());
        if (!issues.isEmpty()) {
            throw new PublishException(PublishException.Reason.PREFLIGHT, request.source().getFileName()
                    + ": not published: " + issues.size() + " thing(s) over " + poster.server() + "'s limits;"
                    + " nothing was sent", issues, null);
        }
        Journal journal = existing.isPresent() ? checked(existing.get(), plan, poster)
                : new Journal(plan.journal(), request.source().getFileName().toString(), request.platform().id(),
                        poster.account(), poster.server());
        return new PublishRun(plan, poster, journal, listener, hook, waiter::now).run();
    }

    private Poster open(Account account, PublishPlan plan, PublishListener listener) throws PublishException {
        listener.step(0, plan.posts().size(), "logging in to " + account.server());
        HttpCaller http = new HttpCaller(waiter, List.of(account.secret()));
        try {
            return account.platform() == Platform.BLUESKY ? BlueskyPoster.open(http, account, plan.language())
                    : MastodonPoster.open(http, account, plan.language(), plan.request().visibility());
        } catch (PublishException e) {
            if (e.reason() == PublishException.Reason.CONNECTION_LOST) {
                // Nothing was sent yet: a server that cannot be reached at login is an address to check.
                throw new PublishException(PublishException.Reason.UNKNOWN_SERVER, e.getMessage(), e);
            }
            throw e;
        }
    }

    private static boolean finished(Journal j, PublishPlan plan) {
        return j.posts.size() == plan.posts().size() && j.posts.stream().allMatch(p -> p.state == PostState.PUBLISHED)
                && PublishRun.changes(plan, j).isEmpty();
    }

    /** The journal, when it was made by this account on this server and the published posts did not change. */
    private static Journal checked(Journal j, PublishPlan plan, Poster poster) throws PublishException {
        if (!poster.account().equals(j.account) || !poster.server().equals(j.server)) {
            throw new PublishException(PublishException.Reason.JOURNAL, "the journal " + j.file() + " records a"
                    + " publish by " + j.account + " at " + j.server + ", but this run is " + poster.account()
                    + " at " + poster.server() + ": use that account, or move the journal away");
        }
        List<PreflightIssue> changes = PublishRun.changes(plan, j);
        if (!changes.isEmpty() && !plan.request().acceptChanges()) {
            throw new PublishException(PublishException.Reason.SOURCE_CHANGED, plan.request().source().getFileName()
                    + " changed after " + j.published() + " post(s) were published: " + changes.size()
                    + " post(s) differ; undo the changes, or continue with --accept-changes (published posts stay"
                    + " as they are, the rest is sent as the file is now)", changes, null);
        }
        return j;
    }
}
