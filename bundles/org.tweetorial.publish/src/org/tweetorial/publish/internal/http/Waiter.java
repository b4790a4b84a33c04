package org.tweetorial.publish.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;

/**
 * Waits with a visible countdown (the listener hears the time left about every second) and stops when the user
 * cancels. Tests give it a clock and a sleeper that only advance time.
 */
public final class Waiter {

    /** Sleeps; replaced in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private static final Duration TICK = Duration.ofSeconds(1);

    private final Clock clock;
    private final Sleeper sleeper;

    public Waiter(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Real time. */
    public static Waiter system() {
        return new Waiter(Clock.systemUTC(), d -> Thread.sleep(d));
    }

    public Instant now() {
        return clock.instant();
    }

    /** Waits until {@code until}, telling the listener why and how long is left. */
    public void waitUntil(Instant until, String why, PublishListener listener) throws PublishException {
        Duration left = Duration.between(clock.instant(), until);
        while (!left.isNegative() && !left.isZero()) {
            if (listener.cancelled()) {
                throw new PublishException(PublishException.Reason.CANCELLED, "cancelled while waiting (" + why
                        + ")");
            }
            listener.waiting(left, why);
            try {
                sleeper.sleep(left.compareTo(TICK) < 0 ? left : TICK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException(PublishException.Reason.CANCELLED, "interrupted while waiting (" + why
                        + ")", e);
            }
            left = Duration.between(clock.instant(), until);
        }
    }

    /** Waits {@code duration}. */
    public void waitFor(Duration duration, String why, PublishListener listener) throws PublishException {
        waitUntil(clock.instant().plus(duration), why, listener);
    }
}
