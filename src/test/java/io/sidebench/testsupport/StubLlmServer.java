package io.sidebench.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.sidebench.testsupport.RecordedRequest.Api;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.concurrent.locks.LockSupport;

/**
 * A scripted LLM server on 127.0.0.1 (random port) for tests: OpenAI-compatible
 * {@code POST /v1/chat/completions} (SSE or JSON) and {@code GET /v1/models}, Ollama {@code POST /api/chat}
 * (NDJSON or JSON), {@code GET /api/tags} and {@code GET /api/version}; also Anthropic
 * {@code POST .../messages} and Gemini {@code POST .../models/M:streamGenerateContent} (SSE) for their clients. Raw sockets, one thread per
 * connection, keep-alive with chunked streaming; tokens are written at precise deadlines
 * ({@link LockSupport#parkNanos}) measured from the moment the request body was read.
 *
 * <p>Which {@link StubScript} answers a chat request, first match wins: the {@link #responder} function
 * (when it returns non-null), then {@link #rule rules} in the order added (a rule with a count applies to
 * that many matching requests, e.g. "fail 2 times then succeed"), then the model's {@link #script}, then
 * the {@link #defaultScript}. Every request received is recorded, in arrival order.
 */
public final class StubLlmServer implements AutoCloseable {
    private final ServerSocket serverSocket;
    private final ExecutorService connections;
    private final Thread acceptor;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final List<RecordedRequest> recorded = new ArrayList<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, StubScript> modelScripts = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    private final Set<String> advertised = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<Consumer<RecordedRequest>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final Map<String, AtomicInteger[]> activeByModel = new ConcurrentHashMap<>();
    private volatile StubScript defaultScript = StubScript.ok();
    private volatile Function<RecordedRequest, StubScript> responder = r -> null;
    private volatile boolean closed;

    private record Rule(Predicate<RecordedRequest> when, AtomicInteger remaining, boolean limited, StubScript script) {
    }

    private StubLlmServer() throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        AtomicInteger counter = new AtomicInteger();
        connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub-llm-" + serverSocket.getLocalPort() + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        acceptor = new Thread(this::acceptLoop, "stub-llm-accept-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server on 127.0.0.1 with a random free port. */
    public static StubLlmServer start() {
        try {
            return new StubLlmServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start stub LLM server: " + e.getMessage(), e);
        }
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT}: the Ollama base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** {@code http://127.0.0.1:PORT/v1}: the OpenAI-compatible base URL. */
    public String openAiBaseUrl() {
        return baseUrl() + "/v1";
    }

    // ---- scripting ----

    public StubLlmServer defaultScript(StubScript script) {
        this.defaultScript = script;
        return this;
    }

    /** How requests for {@code model} are answered (also makes the model appear in model lists). */
    public StubLlmServer script(String model, StubScript script) {
        modelScripts.put(model, script);
        return this;
    }

    /** The next {@code times} requests matching {@code when} get {@code script}; {@code times <= 0}: all of them. */
    public StubLlmServer rule(Predicate<RecordedRequest> when, int times, StubScript script) {
        rules.add(new Rule(when, new AtomicInteger(times), times > 0, script));
        return this;
    }

    /** The first {@code times} requests for {@code model} get {@code fault}; later ones the model's script. */
    public StubLlmServer failFirst(String model, int times, StubScript fault) {
        return rule(r -> model.equals(r.model()), times, fault);
    }

    /** A function choosing the script per request; returning {@code null} falls through to rules and scripts. */
    public StubLlmServer responder(Function<RecordedRequest, StubScript> chooser) {
        this.responder = chooser;
        return this;
    }

    /** Adds model names to the model lists (/v1/models, /api/tags). */
    public StubLlmServer advertise(String... models) {
        advertised.addAll(List.of(models));
        return this;
    }

    /**
     * Called on the connection thread for every request, right after it is recorded (a chat request
     * already counts as an active stream while its listeners run).
     */
    public StubLlmServer onRequest(Consumer<RecordedRequest> listener) {
        listeners.add(listener);
        return this;
    }

    // ---- observations ----

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** The chat requests (OpenAI or Ollama) received so far. */
    public List<RecordedRequest> chatRequests() {
        return requests().stream().filter(r -> r.script() != null || isChatPath(r.path())).toList();
    }

    public int requestCount() {
        synchronized (recorded) {
            return recorded.size();
        }
    }

    /** Waits until at least {@code count} requests have been received; false on timeout. */
    public boolean awaitRequests(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (recorded) {
            while (recorded.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(recorded, left);
            }
            return true;
        }
    }

    /** Streams being answered right now. */
    public int activeStreams() {
        return active.get();
    }

    /** The most chat requests that were being answered at the same time. */
    public int maxConcurrentStreams() {
        return maxActive.get();
    }

    /** The most chat requests for {@code model} that were being answered at the same time. */
    public int maxConcurrentStreams(String model) {
        AtomicInteger[] counters = activeByModel.get(model);
        return counters == null ? 0 : counters[1].get();
    }

    /** Forgets recorded requests and concurrency maxima (scripts and rules stay). */
    public void clearRecords() {
        synchronized (recorded) {
            recorded.clear();
        }
        maxActive.set(active.get());
        activeByModel.clear();
    }

    // ---- serving ----

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                openSockets.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            StubWire wire = new StubWire(new BufferedInputStream(socket.getInputStream()),
                    new BufferedOutputStream(socket.getOutputStream(), 16 * 1024));
            boolean keepAlive = true;
            while (keepAlive && !closed) {
                StubWire.Request request = wire.read();
                if (request == null) {
                    return;
                }
                keepAlive = route(socket, wire, request) && request.keepAlive();
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or the server is closing
        } finally {
            openSockets.remove(socket);
        }
    }

    private boolean route(Socket socket, StubWire wire, StubWire.Request request) throws IOException {
        String path = request.path();
        Api api = apiOf(path);
        RecordedRequest record = record(request, api);
        boolean keepAlive = request.keepAlive();
        if ("POST".equals(request.method()) && isChatPath(path)) {
            String model = record.model().isEmpty() ? "stub-model" : record.model();
            streamStarted(model);
            try {
                listeners.forEach(l -> l.accept(record));
                return new StubStreamer(this, socket, wire, record, choose(record)).answer(keepAlive);
            } finally {
                streamEnded(model);
            }
        }
        listeners.forEach(l -> l.accept(record));
        String json = "application/json";
        if ("GET".equals(request.method()) && (path.equals("/v1/models") || path.equals("/models"))) {
            wire.writeFull(200, json, Map.of(), StubFormat.OPENAI.modelsBody(modelNames()), keepAlive);
        } else if ("GET".equals(request.method()) && path.equals("/api/tags")) {
            wire.writeFull(200, json, Map.of(), StubFormat.OLLAMA.modelsBody(modelNames()), keepAlive);
        } else if ("GET".equals(request.method()) && path.equals("/api/version")) {
            wire.writeFull(200, json, Map.of(), "{\"version\":\"0.0.0-stub\"}", keepAlive);
        } else {
            wire.writeFull(404, json, Map.of(), "{\"error\":\"no such endpoint: " + path + "\"}", keepAlive);
        }
        record.finish("ok");
        return true;
    }

    private static boolean isChatPath(String path) {
        return path.endsWith("/chat/completions") || path.equals("/api/chat")
                || path.endsWith("/messages") || path.endsWith(":streamGenerateContent")
                || path.endsWith(":generateContent");
    }

    private static Api apiOf(String path) {
        if (path.endsWith(":streamGenerateContent") || path.endsWith(":generateContent")) {
            return Api.GEMINI;
        }
        if (path.endsWith("/messages")) {
            return Api.ANTHROPIC;
        }
        if (path.startsWith("/api/")) {
            return Api.OLLAMA;
        }
        return path.startsWith("/v1/") || isChatPath(path) ? Api.OPENAI : Api.OTHER;
    }

    private RecordedRequest record(StubWire.Request request, Api api) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        JsonNode json = MissingNode.getInstance();
        if (!body.isBlank()) {
            try {
                json = StubFormat.JSON.readTree(body);
            } catch (IOException e) {
                json = MissingNode.getInstance();
            }
        }
        RecordedRequest record;
        synchronized (recorded) {
            record = new RecordedRequest(recorded.size(), request.method(), request.path(), request.headers(), body,
                    json, api, System.nanoTime());
            record.query(request.query());
            recorded.add(record);
            recorded.notifyAll();
        }
        return record;
    }

    private StubScript choose(RecordedRequest record) {
        StubScript chosen = responder.apply(record);
        if (chosen == null) {
            synchronized (rules) {
                for (Rule rule : rules) {
                    if (rule.when().test(record) && (!rule.limited() || rule.remaining().getAndDecrement() > 0)) {
                        chosen = rule.script();
                        break;
                    }
                }
            }
        }
        if (chosen == null) {
            chosen = modelScripts.getOrDefault(record.model(), defaultScript);
        }
        record.chose(chosen);
        return chosen;
    }

    private List<String> modelNames() {
        Set<String> names;
        synchronized (advertised) {
            names = new LinkedHashSet<>(advertised);
        }
        synchronized (modelScripts) {
            names.addAll(modelScripts.keySet());
        }
        if (names.isEmpty()) {
            names.add("stub-model");
        }
        return List.copyOf(names);
    }

    boolean isClosed() {
        return closed;
    }

    void streamStarted(String model) {
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        AtomicInteger[] counters = activeByModel.computeIfAbsent(model,
                m -> new AtomicInteger[] {new AtomicInteger(), new AtomicInteger()});
        counters[1].accumulateAndGet(counters[0].incrementAndGet(), Math::max);
    }

    void streamEnded(String model) {
        active.decrementAndGet();
        AtomicInteger[] counters = activeByModel.get(model);
        if (counters != null) {
            counters[0].decrementAndGet();
        }
    }

    /** Stops accepting, closes every connection (ending hangs and stalls) and stops the threads. */
    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : openSockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        connections.shutdownNow();
        try {
            acceptor.join(1000);
            connections.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
