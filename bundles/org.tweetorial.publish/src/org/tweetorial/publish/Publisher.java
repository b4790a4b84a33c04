package org.tweetorial.publish;

import java.nio.file.Path;

import org.tweetorial.publish.internal.plan.PlanBuilder;
import org.tweetorial.publish.internal.run.PublishSession;

/**
 * Publishes tweetorials to Bluesky and Mastodon. {@link #plan} is the preflight and the dry run: it exports the
 * cards (with the export's safety check), fits them into the platform's image limit, checks every text, image and
 * alt text, and sends nothing. {@link #publish} does the same, logs in, checks the server's own limits, then sends
 * post by post, recording each step in the journal.
 */
public final class Publisher {

    private Publisher() {
    }

    /**
     * The plan of a publish, checked; nothing is sent.
     *
     * @throws PublishException {@link PublishException.Reason#PREFLIGHT} with every issue when something must be
     *                          fixed; {@link PublishException.Reason#BAD_INPUT} when the file cannot be read
     */
    public static PublishPlan plan(PublishRequest request) throws PublishException {
        return PublishSession.standard().plan(request);
    }

    /**
     * Publishes (or, with {@code resume}, continues publishing) the thread. A thread already published completely
     * is not sent again: the result then has {@code sent == 0} and the addresses from the journal.
     */
    public static PublishResult publish(PublishRequest request, Account account, PublishListener listener)
            throws PublishException {
        return PublishSession.standard().publish(request, account, listener);
    }

    /** The folder the cards of {@code source} are exported to for posting them on X by hand. */
    public static Path byHandCardsFolder(Path source) {
        return PlanBuilder.cardsFolder(source, "-x-cards");
    }

    /** Where the journal of this source, platform and account is. */
    public static Path journalFile(PublishRequest request) {
        return PlanBuilder.journalFile(request);
    }
}
