package io.sidebench.logic.providers.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OpenAI-compatible HTTP face of a local model, on 127.0.0.1 only:
 * <ul>
 *   <li>{@code POST /v1/chat/completions}: with {@code "stream": true} server-sent events, one
 *       {@code data:} chunk per piece of text in {@code choices[0].delta.content}, then a chunk with
 *       {@code finish_reason} and {@code usage} (prompt/completion tokens), then {@code data: [DONE]};
 *       otherwise one JSON answer. Honours {@code max_tokens} (or {@code max_completion_tokens}),
 *       {@code temperature}, {@code top_p}, {@code seed} and {@code stop}.</li>
 *   <li>{@code GET /v1/models}: the one model served.</li>
 *   <li>{@code POST /v1/sidebench/prompt}: the prompt text the chat template makes of {@code messages}
 *       (for diagnosis).</li>
 * </ul>
 */
public final class GgufHttpServer implements AutoCloseable {
    private final TextGenerator generator;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong ids = new AtomicLong();

    private GgufHttpServer(TextGenerator generator, HttpServer server, ExecutorService executor) {
        this.generator = generator;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on 127.0.0.1:{@code port} (0 picks a free port) with {@code threads} workers. */
    public static GgufHttpServer start(TextGenerator generator, int port, int threads) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "gguf-http");
            t.setDaemon(true);
            return t;
        });
        GgufHttpServer server = new GgufHttpServer(generator, http, executor);
        http.createContext("/v1/chat/completions", server::chatCompletions);
        http.createContext("/v1/models", server::models);
        http.createContext("/v1/sidebench/prompt", server::prompt);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void models(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                sendError(exchange, 405, "use GET", "invalid_request_error");
                return;
            }
            ObjectNode root = Json.mapper().createObjectNode().put("object", "list");
            root.putArray("data").addObject().put("id", generator.modelId()).put("object", "model")
                    .put("created", 0).put("owned_by", "local");
            sendJson(exchange, 200, root);
        }
    }

    private void prompt(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = readBody(exchange);
            if (body == null) {
                return;
            }
            sendJson(exchange, 200, Json.mapper().createObjectNode()
                    .put("prompt", generator.applyChatTemplate(messages(body))));
        }
    }

    private void chatCompletions(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                sendError(exchange, 405, "use POST", "invalid_request_error");
                return;
            }
            JsonNode body = readBody(exchange);
            if (body == null) {
                return;
            }
            List<TextGenerator.Message> messages = messages(body);
            if (messages.isEmpty()) {
                sendError(exchange, 400, "messages must be a non-empty array", "invalid_request_error");
                return;
            }
            TextGenerator.Request request = new TextGenerator.Request(generator.applyChatTemplate(messages),
                    intOrNull(body.has("max_tokens") ? body.get("max_tokens") : body.get("max_completion_tokens")),
                    doubleOrNull(body.get("temperature")), doubleOrNull(body.get("top_p")),
                    intOrNull(body.get("seed")), stops(body.get("stop")));
            String id = "chatcmpl-" + ids.incrementAndGet();
            if (body.path("stream").asBoolean(false)) {
                stream(exchange, id, request);
            } else {
                answer(exchange, id, request);
            }
        }
    }

    private void answer(HttpExchange exchange, String id, TextGenerator.Request request) throws IOException {
        StringBuilder text = new StringBuilder();
        TextGenerator.Result result;
        try {
            result = generator.generate(request, text::append, () -> false);
        } catch (IllegalArgumentException e) {
            sendError(exchange, 400, e.getMessage(), "invalid_request_error");
            return;
        } catch (RuntimeException e) {
            sendError(exchange, 500, "generation failed: " + e.getMessage(), "server_error");
            return;
        }
        ObjectNode root = envelope(id, "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text.toString());
        choice.put("finish_reason", result.finishReason());
        usage(root, result);
        sendJson(exchange, 200, root);
    }

    private void stream(HttpExchange exchange, String id, TextGenerator.Request request) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        AtomicBoolean clientGone = new AtomicBoolean();
        AtomicBoolean first = new AtomicBoolean(true);
        TextGenerator.Result result;
        try {
            result = generator.generate(request, piece -> {
                ObjectNode chunk = envelope(id, "chat.completion.chunk");
                ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
                ObjectNode delta = choice.putObject("delta");
                if (first.getAndSet(false)) {
                    delta.put("role", "assistant");
                }
                delta.put("content", piece);
                choice.putNull("finish_reason");
                if (!event(out, Json.write(chunk))) {
                    clientGone.set(true);
                }
            }, clientGone::get);
        } catch (RuntimeException e) {
            ObjectNode error = Json.mapper().createObjectNode();
            error.putObject("error").put("message", "generation failed: " + e.getMessage())
                    .put("type", e instanceof IllegalArgumentException ? "invalid_request_error" : "server_error");
            event(out, Json.write(error));
            return;
        }
        if (clientGone.get()) {
            return;
        }
        ObjectNode last = envelope(id, "chat.completion.chunk");
        ArrayNode choices = last.putArray("choices");
        choices.addObject().put("index", 0).put("finish_reason", result.finishReason()).putObject("delta");
        usage(last, result);
        if (event(out, Json.write(last))) {
            event(out, "[DONE]");
        }
    }

    /** Writes one server-sent event; false when the client has gone. */
    private static boolean event(OutputStream out, String data) {
        try {
            out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private ObjectNode envelope(String id, String object) {
        return Json.mapper().createObjectNode().put("id", id).put("object", object)
                .put("created", System.currentTimeMillis() / 1000).put("model", generator.modelId());
    }

    private static void usage(ObjectNode root, TextGenerator.Result result) {
        root.putObject("usage").put("prompt_tokens", result.promptTokens())
                .put("completion_tokens", result.completionTokens())
                .put("total_tokens", result.promptTokens() + result.completionTokens());
    }

    private List<TextGenerator.Message> messages(JsonNode body) {
        List<TextGenerator.Message> messages = new ArrayList<>();
        for (JsonNode m : body.path("messages")) {
            JsonNode content = m.path("content");
            String text;
            if (content.isArray()) { // [{"type":"text","text":"..."}]
                StringBuilder joined = new StringBuilder();
                content.forEach(part -> joined.append(part.path("text").asText("")));
                text = joined.toString();
            } else {
                text = content.asText("");
            }
            messages.add(new TextGenerator.Message(m.path("role").asText("user"), text));
        }
        return messages;
    }

    private List<String> stops(JsonNode stop) {
        List<String> stops = new ArrayList<>(generator.templateStops());
        if (stop != null && stop.isTextual()) {
            stops.add(stop.asText());
        } else if (stop != null && stop.isArray()) {
            stop.forEach(s -> stops.add(s.asText()));
        }
        return stops;
    }

    private static Integer intOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static Double doubleOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }

    /** The request's JSON, or {@code null} after answering 400. */
    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode node = Json.mapper().readTree(in);
            if (node == null || !node.isObject()) {
                sendError(exchange, 400, "the body must be a JSON object", "invalid_request_error");
                return null;
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            sendError(exchange, 400, "malformed JSON: " + e.getOriginalMessage(), "invalid_request_error");
            return null;
        }
    }

    private static void sendError(HttpExchange exchange, int status, String message, String type)
            throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.putObject("error").put("message", message).put("type", type);
        sendJson(exchange, status, root);
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
