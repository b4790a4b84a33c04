package org.tweetorial.publish.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;

/**
 * Sends HTTP/1.1 requests (a PDS drops the JDK's default HTTP/2 upgrade) and turns failures into
 * {@link PublishException}s whose messages name the server and the step, never a credential. Retrying variants wait
 * out {@code 429} until the server's reset time and retry {@code 5xx} and broken connections with backoff.
 */
public final class HttpCaller {

    /** How often a retrying call tries before it gives up on server errors or broken connections. */
    public static final int ATTEMPTS = 5;
    /** The longest rate-limit wait before giving up (Mastodon's media limit resets every 30 minutes). */
    public static final Duration MAX_RATE_WAIT = Duration.ofMinutes(35);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient client;
    private final Waiter waiter;
    private final List<String> secrets;

    public HttpCaller(Waiter waiter, Collection<String> secrets) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.waiter = waiter;
        this.secrets = secrets.stream().filter(s -> !s.isEmpty()).toList();
    }

    public Waiter waiter() {
        return waiter;
    }

    /** A request builder with the timeout and a JSON accept header. */
    public static HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("User-Agent", "TweetorialStudio");
    }

    /** Sends once. */
    public Response send(HttpRequest request, String what) throws PublishException {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            // A server that echoes a credential back (in an error message, say) must not put it into ours.
            return new Response(r.statusCode(), r.headers(), redact(new String(r.body(), StandardCharsets.UTF_8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(PublishException.Reason.CANCELLED, what + ": interrupted", e);
        } catch (IOException e) {
            throw transportFailure(request, what, e);
        }
    }

    /**
     * Sends until the server answers other than {@code 429} or {@code 5xx}: rate limits are waited out (with a
     * countdown), server errors and broken connections retried with backoff, {@link #ATTEMPTS} times in all.
     */
    public Response sendRetrying(Supplier<HttpRequest> request, String what, PublishListener listener)
            throws PublishException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1;; attempt++) {
            Response r;
            try {
                r = send(request.get(), what);
            } catch (PublishException e) {
                if (e.reason() != PublishException.Reason.CONNECTION_LOST || attempt >= ATTEMPTS) {
                    throw e;
                }
                waiter.waitFor(backoff, what + ": connection lost, trying again", listener);
                backoff = backoff.multipliedBy(2);
                continue;
            }
            if (r.status() == 429) {
                waitOutRateLimit(r, what, listener);
            } else if (r.status() >= 500 && attempt < ATTEMPTS) {
                waiter.waitFor(backoff, what + ": server error " + r.status() + ", trying again", listener);
                backoff = backoff.multipliedBy(2);
            } else {
                return r;
            }
        }
    }

    /** Waits until the rate limit of {@code r} resets, or fails when that is too far away. */
    public void waitOutRateLimit(Response r, String what, PublishListener listener) throws PublishException {
        Instant reset = rateLimitReset(r).orElse(waiter.now().plus(Duration.ofMinutes(1)));
        if (Duration.between(waiter.now(), reset).compareTo(MAX_RATE_WAIT) > 0) {
            throw new PublishException(PublishException.Reason.RATE_LIMITED, what + ": rate limited by the server"
                    + " until " + reset + "; run again with --resume after that");
        }
        waiter.waitUntil(reset, what + ": rate limited by the server", listener);
    }

    /**
     * When the server lets us send again: Mastodon's {@code X-RateLimit-Reset} (an ISO 8601 time), atproto's
     * {@code ratelimit-reset} (seconds since 1970), or {@code Retry-After} (seconds).
     */
    public Optional<Instant> rateLimitReset(Response r) {
        Optional<String> value = r.headers().firstValue("x-ratelimit-reset");
        if (value.isEmpty()) {
            value = r.headers().firstValue("ratelimit-reset");
        }
        if (value.isPresent()) {
            String v = value.get().strip();
            try {
                return Optional.of(v.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(v)) : Instant.parse(v));
            } catch (DateTimeParseException | NumberFormatException e) {
                // try Retry-After
            }
        }
        return r.headers().firstValue("retry-after").filter(s -> s.strip().matches("\\d+"))
                .map(s -> waiter.now().plusSeconds(Long.parseLong(s.strip())));
    }

    /** A failure for an answer that is not a success, by status. */
    public PublishException failure(Response r, String what) {
        PublishException.Reason reason = switch (r.status()) {
            case 401, 403 -> PublishException.Reason.LOGIN;
            case 413, 415 -> PublishException.Reason.IMAGE_REJECTED;
            case 429 -> PublishException.Reason.RATE_LIMITED;
            default -> PublishException.Reason.SERVER_ERROR;
        };
        return new PublishException(reason, redact(what + ": the server answered " + r.status() + " ("
                + r.errorText() + ")"));
    }

    /** Removes every credential from a text. */
    public String redact(String text) {
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, "[hidden]");
        }
        return out;
    }

    private PublishException transportFailure(HttpRequest request, String what, IOException e) {
        String server = request.uri().getScheme() + "://" + request.uri().getAuthority();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (e instanceof UnknownHostException || root instanceof UnknownHostException
                || root instanceof java.nio.channels.UnresolvedAddressException) {
            return new PublishException(PublishException.Reason.UNKNOWN_SERVER, what + ": no server " + server
                    + " (the host name is unknown); check the server address", null);
        }
        if (e instanceof ConnectException || root instanceof ConnectException) {
            return new PublishException(PublishException.Reason.CONNECTION_LOST, what + ": cannot connect to "
                    + server + "; check the address and your connection", null);
        }
        String detail = e instanceof HttpTimeoutException ? "timed out" : "the connection broke ("
                + e.getClass().getSimpleName() + ")";
        return new PublishException(PublishException.Reason.CONNECTION_LOST, redact(what + ": " + detail + " with "
                + server), null);
    }
}
