package io.sidebench.logic.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback OpenAI-compatible server (streamed chat completions) that holds every request until the test
 * releases it, and counts requests in flight at the server: in all, per model, and how many models at once. A
 * request counts from the moment its body was read until just before the last bytes of its answer are written,
 * so a client can never have finished a request the server still counts (a correct client never shows up as one
 * request too many).
 */
final class GatedLlmServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gated-llm");
        t.setDaemon(true);
        return t;
    });
    private final List<CountDownLatch> held = new ArrayList<>();
    private final List<String> heldModels = new ArrayList<>();
    private final Map<String, Integer> inFlight = new HashMap<>();
    private final Map<String, Integer> maxByModel = new HashMap<>();
    private final List<String> arrivals = new ArrayList<>();
    private int total;
    private int maxTotal;
    private int maxModels;
    private boolean open;

    private GatedLlmServer(HttpServer server) {
        this.server = server;
    }

    static GatedLlmServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        GatedLlmServer s = new GatedLlmServer(http);
        http.createContext("/v1/chat/completions", s::answer);
        http.setExecutor(s.threads);
        http.start();
        return s;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Waits until {@code n} requests are held; false on timeout. */
    synchronized boolean awaitHeld(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (held.size() < n) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** The models of the requests held now, one entry per request. */
    synchronized List<String> heldModels() {
        return List.copyOf(heldModels);
    }

    /** Lets every request held now answer; returns how many. */
    synchronized int release() {
        int n = held.size();
        held.forEach(CountDownLatch::countDown);
        held.clear();
        heldModels.clear();
        return n;
    }

    /** Releases what is held and answers every later request at once. */
    synchronized void openGate() {
        open = true;
        release();
    }

    synchronized int maxTotal() {
        return maxTotal;
    }

    synchronized int maxInFlight(String model) {
        return maxByModel.getOrDefault(model, 0);
    }

    /** The most models with a request in flight at the same moment. */
    synchronized int maxModelsAtOnce() {
        return maxModels;
    }

    /** The model of every request, in the order they arrived. */
    synchronized List<String> arrivals() {
        return List.copyOf(arrivals);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readTree(in);
            }
            String model = body.path("model").asText("?");
            CountDownLatch gate = arrived(model);
            try {
                if (!gate.await(60, TimeUnit.SECONDS)) {
                    left(model);
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                left(model);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(event(chunk(model, "Answer from " + model + ".", null)));
            out.write(event(chunk(model, null, "stop")));
            out.flush();
            left(model);
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.close();
        }
    }

    private synchronized CountDownLatch arrived(String model) {
        arrivals.add(model);
        total++;
        maxTotal = Math.max(maxTotal, total);
        int now = inFlight.merge(model, 1, Integer::sum);
        maxByModel.merge(model, now, Math::max);
        maxModels = Math.max(maxModels, (int) inFlight.values().stream().filter(v -> v > 0).count());
        CountDownLatch gate = new CountDownLatch(open ? 0 : 1);
        if (!open) {
            held.add(gate);
            heldModels.add(model);
        }
        notifyAll();
        return gate;
    }

    private synchronized void left(String model) {
        total--;
        inFlight.merge(model, -1, Integer::sum);
        notifyAll();
    }

    private static String chunk(String model, String content, String finish) {
        var root = JSON.createObjectNode();
        root.put("id", "chatcmpl-gated").put("object", "chat.completion.chunk").put("created", 1_700_000_000L)
                .put("model", model);
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        var delta = choice.putObject("delta");
        if (content != null) {
            delta.put("role", "assistant").put("content", content);
        }
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return root.toString();
    }

    private static byte[] event(String json) {
        return ("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        openGate();
        server.stop(0);
        threads.shutdownNow();
    }
}
