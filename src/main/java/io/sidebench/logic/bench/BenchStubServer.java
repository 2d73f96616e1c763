package io.sidebench.logic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback OpenAI-compatible server with scripted timing, for benchmarks over real HTTP (not a test
 * fixture: the {@code bench-stub} command serves it to other tools). On 127.0.0.1 only:
 * <ul>
 *   <li>{@code POST /v1/chat/completions}: with {@code "stream": true} server-sent events, the response
 *       headers at once, then one {@code data:} chunk per token at the {@link StubTiming}'s deadlines, a chunk
 *       with {@code finish_reason}, a chunk with {@code usage} when {@code stream_options.include_usage}, and
 *       {@code data: [DONE]}; otherwise one JSON answer ({@code choices[0].message.content} and {@code usage})
 *       sent at the last token's deadline, so both kinds take the same time. {@code max_tokens} is ignored:
 *       every answer has the scripted number of tokens, whoever asks.</li>
 *   <li>{@code GET /v1/models}: the model names given.</li>
 *   <li>{@code GET /v1/bench/stats}: {@link BenchStubStats} as JSON; {@code POST /v1/bench/reset} returns them
 *       and sets the counters to zero.</li>
 * </ul>
 * Each request holds one of the server's threads for its whole answer (sleeping between tokens), so the
 * thread count bounds the requests answered at once; requests beyond it wait in the server's queue and are
 * not counted as in flight. Nagle's algorithm is switched off ({@code sun.net.httpserver.nodelay}) so small
 * chunks leave at once.
 */
public final class BenchStubServer implements AutoCloseable {
    public static final int DEFAULT_THREADS = 512;
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

    static {
        // read once by the JDK's server configuration: must be set before the first server is created
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final StubTiming timing;
    private final List<String> models;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong streamed = new AtomicLong();
    private final AtomicLong plain = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final AtomicLong busyNanos = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final LatenessLog firstLate = new LatenessLog();
    private final LatenessLog lastLate = new LatenessLog();
    private final Object inFlightChanged = new Object();

    private BenchStubServer(StubTiming timing, List<String> models, HttpServer server, ExecutorService executor) {
        this.timing = timing;
        this.models = List.copyOf(models);
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving on 127.0.0.1:{@code port} (0 picks a free port).
     *
     * @param threads the most requests answered at once
     */
    public static BenchStubServer start(StubTiming timing, int port, int threads, List<String> models)
            throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("the stub needs at least one thread");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-stub-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BenchStubServer stub = new BenchStubServer(timing, models, http, executor);
        http.createContext("/v1/chat/completions", stub::chatCompletions);
        http.createContext("/v1/models", stub::models);
        http.createContext("/v1/bench/stats", stub::stats);
        http.createContext("/v1/bench/reset", stub::reset);
        http.setExecutor(executor);
        http.start();
        return stub;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL clients are given, e.g. {@code http://127.0.0.1:41234/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public StubTiming timing() {
        return timing;
    }

    public BenchStubStats stats() {
        return new BenchStubStats(timing, served.get(), streamed.get(), plain.get(), abandoned.get(), inFlight.get(),
                maxInFlight.get(), busyNanos.get() / 1e6, firstLate.median(), lastLate.median(), lastLate.p95());
    }

    /** Returns the counters and sets them to zero (requests in flight stay counted as in flight). */
    public synchronized BenchStubStats reset() {
        BenchStubStats before = stats();
        served.set(0);
        streamed.set(0);
        plain.set(0);
        abandoned.set(0);
        busyNanos.set(0);
        maxInFlight.set(inFlight.get());
        firstLate.clear();
        lastLate.clear();
        return before;
    }

    /** Waits until at least {@code n} requests are being answered at once; false on timeout. */
    public boolean awaitInFlight(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (inFlightChanged) {
            while (inFlight.get() < n) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(inFlightChanged, left);
            }
            return true;
        }
    }

    /**
     * Waits until at least {@code n} requests have been finished (served or abandoned) and counted; false on
     * timeout. A client can read the whole answer a moment before the server counts it.
     */
    public boolean awaitFinished(long n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (inFlightChanged) {
            while (served.get() + abandoned.get() < n) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(inFlightChanged, left);
            }
            return true;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void chatCompletions(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                sendJson(exchange, 405, error("use POST"));
                return;
            }
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = Json.mapper().readTree(in);
            } catch (IOException e) {
                sendJson(exchange, 400, error("the body is not JSON"));
                return;
            }
            long arrived = System.nanoTime();
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            synchronized (inFlightChanged) {
                inFlightChanged.notifyAll();
            }
            try {
                String model = body == null ? "bench" : body.path("model").asText("bench");
                String id = "chatcmpl-bench-" + ids.incrementAndGet();
                boolean ok = body != null && body.path("stream").asBoolean(false)
                        ? stream(exchange, arrived, id, model, body.path("stream_options").path("include_usage")
                        .asBoolean(false))
                        : answer(exchange, arrived, id, model);
                if (ok) {
                    served.incrementAndGet();
                } else {
                    abandoned.incrementAndGet();
                }
            } finally {
                inFlight.decrementAndGet();
                busyNanos.addAndGet(System.nanoTime() - arrived);
                synchronized (inFlightChanged) {
                    inFlightChanged.notifyAll();
                }
            }
        }
    }

    private boolean stream(HttpExchange exchange, long arrived, String id, String model, boolean includeUsage) {
        byte[] first = event(tokenChunk(id, model, "tok", true));
        byte[] next = event(tokenChunk(id, model, " tok", false));
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < timing.tokens(); i++) {
                double late = waitFor(arrived, timing.tokenDueMs(i));
                out.write(i == 0 ? first : next);
                out.flush();
                if (i == 0) {
                    firstLate.add(late);
                }
                if (i == timing.tokens() - 1) {
                    lastLate.add(late);
                }
            }
            ObjectNode stop = envelope(id, model, "chat.completion.chunk");
            stop.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
            out.write(event(Json.write(stop)));
            if (includeUsage) {
                ObjectNode usage = envelope(id, model, "chat.completion.chunk");
                usage.putArray("choices");
                usage(usage);
                out.write(event(Json.write(usage)));
            }
            out.write(DONE);
            out.flush();
            streamed.incrementAndGet();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean answer(HttpExchange exchange, long arrived, String id, String model) {
        StringBuilder text = new StringBuilder("tok");
        text.append(" tok".repeat(timing.tokens() - 1));
        ObjectNode root = envelope(id, model, "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text.toString());
        choice.put("finish_reason", "stop");
        usage(root);
        byte[] bytes = Json.write(root).getBytes(StandardCharsets.UTF_8);
        try {
            double late = waitFor(arrived, timing.answerMs());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            firstLate.add(late);
            lastLate.add(late);
            plain.incrementAndGet();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sleeps until {@code dueMs} after {@code arrived}; returns how late it woke, in ms (0 if not late).
     *
     * @throws InterruptedIOException when the server is closing
     */
    private static double waitFor(long arrived, double dueMs) throws InterruptedIOException {
        long deadline = arrived + (long) (dueMs * 1e6);
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedIOException("the stub is closing");
            }
        }
        return Math.max(0, (System.nanoTime() - deadline) / 1e6);
    }

    private String tokenChunk(String id, String model, String piece, boolean first) {
        ObjectNode chunk = envelope(id, model, "chat.completion.chunk");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (first) {
            delta.put("role", "assistant");
        }
        delta.put("content", piece);
        choice.putNull("finish_reason");
        return Json.write(chunk);
    }

    private void usage(ObjectNode root) {
        int prompt = 16;
        root.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", timing.tokens())
                .put("total_tokens", prompt + timing.tokens());
    }

    private static ObjectNode envelope(String id, String model, String object) {
        return Json.mapper().createObjectNode().put("id", id).put("object", object).put("created", 1_700_000_000L)
                .put("model", model);
    }

    private static byte[] event(String data) {
        return ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode error(String message) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.putObject("error").put("message", message).put("type", "invalid_request_error");
        return root;
    }

    private void models(HttpExchange exchange) throws IOException {
        try (exchange) {
            ObjectNode root = Json.mapper().createObjectNode().put("object", "list");
            var data = root.putArray("data");
            models.forEach(m -> data.addObject().put("id", m).put("object", "model").put("created", 1_700_000_000L)
                    .put("owned_by", "sidebench-bench"));
            sendJson(exchange, 200, root);
        }
    }

    private void stats(HttpExchange exchange) throws IOException {
        try (exchange) {
            sendRaw(exchange, 200, stats().toJson());
        }
    }

    private void reset(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                sendJson(exchange, 405, error("use POST"));
                return;
            }
            exchange.getRequestBody().readAllBytes();
            sendRaw(exchange, 200, reset().toJson());
        }
    }

    private static void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        sendRaw(exchange, status, Json.write(body));
    }

    private static void sendRaw(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
