package org.tweetorial.render.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** An HTTP server on 127.0.0.1 (ephemeral port) that records every request it receives. */
final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Proves the server is reachable, so "no request" above means the renderer made none. */
    int probe() throws IOException {
        try (InputStream in = URI.create(url("/probe")).toURL().openStream()) {
            in.readAllBytes();
        }
        return requests.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
