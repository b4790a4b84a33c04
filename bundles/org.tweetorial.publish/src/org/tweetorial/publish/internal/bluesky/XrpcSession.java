package org.tweetorial.publish.internal.bluesky;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import org.tweetorial.publish.Account;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.internal.http.HttpCaller;
import org.tweetorial.publish.internal.http.Response;

/**
 * A logged-in session on a PDS: {@code createSession} with an app password, {@code refreshSession} when the access
 * token expires (createSession itself is limited to 30 per 5 minutes). Tokens live in memory only.
 */
public final class XrpcSession {

    private final HttpCaller http;
    private final URI server;
    private String accessJwt;
    private String refreshJwt;
    private String did;
    private String handle;

    private XrpcSession(HttpCaller http, URI server) {
        this.http = http;
        this.server = server;
    }

    /** Logs in with a handle (or DID) and an app password. */
    public static XrpcSession login(HttpCaller http, Account account) throws PublishException {
        XrpcSession s = new XrpcSession(http, account.server());
        JsonObject body = new JsonObject();
        body.addProperty("identifier", account.identifier());
        body.addProperty("password", account.secret());
        Response r = http.send(s.post("com.atproto.server.createSession", null).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                "logging in to " + account.server());
        if (r.status() == 401 || (r.status() == 400 && r.errorText().startsWith("AuthenticationRequired"))) {
            throw new PublishException(PublishException.Reason.LOGIN, "Bluesky at " + account.server()
                    + " refused the handle '" + account.identifier() + "' or its app password (wrong, or revoked);"
                    + " create an app password under Settings > Privacy and security > App passwords");
        }
        if (!r.ok() || !r.json().has("accessJwt")) {
            throw notAPds(account.server(), r);
        }
        s.take(r.json());
        return s;
    }

    private static PublishException notAPds(URI server, Response r) {
        if (r.status() == 404 || !r.json().has("error")) {
            return new PublishException(PublishException.Reason.UNKNOWN_SERVER, server + " is not a Bluesky server"
                    + " (PDS): it answered " + r.status() + " to the login; check the server address");
        }
        return new PublishException(r.status() == 429 ? PublishException.Reason.RATE_LIMITED
                : PublishException.Reason.SERVER_ERROR, "logging in to " + server + ": the server answered "
                + r.status() + " (" + r.errorText() + ")");
    }

    private void take(JsonObject session) {
        accessJwt = session.get("accessJwt").getAsString();
        refreshJwt = session.get("refreshJwt").getAsString();
        did = session.get("did").getAsString();
        handle = session.has("handle") ? session.get("handle").getAsString() : did;
    }

    public String did() {
        return did;
    }

    public String handle() {
        return handle;
    }

    public URI server() {
        return server;
    }

    public HttpCaller http() {
        return http;
    }

    /** A POST to an XRPC method, authorized with {@code token} unless null. */
    HttpRequest.Builder post(String method, String token) {
        HttpRequest.Builder b = HttpCaller.request(server.resolve("/xrpc/" + method));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    /** A GET of an XRPC method with query parameters, authorized with {@code token}. */
    HttpRequest.Builder get(String method, Map<String, String> params, String token) {
        String query = params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpCaller.request(server.resolve("/xrpc/" + method + "?" + query))
                .header("Authorization", "Bearer " + token).GET();
    }

    /**
     * Sends an authorized request once; when the server says the access token expired, renews the session and
     * sends it again.
     *
     * @param request builds the request for an access token
     */
    public Response call(Function<String, HttpRequest> request, String what) throws PublishException {
        Response r = http.send(request.apply(accessJwt), what);
        if (expired(r)) {
            refresh();
            r = http.send(request.apply(accessJwt), what);
        }
        return r;
    }

    /** As {@link #call}, waiting out rate limits and retrying server errors ({@link HttpCaller#sendRetrying}). */
    public Response callRetrying(Function<String, HttpRequest> request, String what, PublishListener listener)
            throws PublishException {
        Response r = http.sendRetrying(() -> request.apply(accessJwt), what, listener);
        if (expired(r)) {
            refresh();
            r = http.sendRetrying(() -> request.apply(accessJwt), what, listener);
        }
        return r;
    }

    static boolean expired(Response r) {
        return (r.status() == 400 || r.status() == 401) && r.errorText().startsWith("ExpiredToken");
    }

    /** Renews the tokens with the refresh token. */
    public void refresh() throws PublishException {
        Response r = http.send(post("com.atproto.server.refreshSession", refreshJwt)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), "renewing the Bluesky session");
        if (!r.ok() || !r.json().has("accessJwt")) {
            throw new PublishException(PublishException.Reason.LOGIN, "the Bluesky session expired and could not be"
                    + " renewed (" + r.status() + " " + r.errorText() + "); run again with --resume to log in anew");
        }
        take(r.json());
    }
}
