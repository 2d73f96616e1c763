package io.sidebench.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * An HTTPS server on 127.0.0.1 answering OpenAI chat completions with a short SSE stream, for the TLS and
 * proxy tests (StubLlmServer speaks plain HTTP only).
 */
public final class TlsChatServer implements AutoCloseable {
    private final HttpsServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();

    public TlsChatServer(SSLContext context) {
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "tls-chat-server");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/", this::answer);
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        paths.add(exchange.getRequestURI().toString());
        String body = "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"secure \"}}]}\n\n"
                + "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hello\"},"
                + "\"finish_reason\":\"stop\"}]}\n\n"
                + "data: [DONE]\n\n";
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL of the OpenAI API: https://127.0.0.1:PORT/v1. */
    public String baseUrl() {
        return "https://127.0.0.1:" + port() + "/v1";
    }

    /** Request paths (with query) received so far. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
