package io.sidebench.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sidebench.logic.providers.bedrock.EventStreamDecoder;
import io.sidebench.logic.providers.bedrock.SigV4;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback Bedrock runtime: {@code POST /model/{id}/converse-stream}, which first checks the request's
 * SigV4 signature the way AWS does (rebuilding the canonical request from what arrived on the wire, with
 * the one secret it knows), then streams AWS event-stream frames, paced, or answers with one of Bedrock's
 * error shapes ({@code x-amzn-ErrorType} + {@code {"message":...}}).
 */
public final class BedrockStubServer implements AutoCloseable {
    /** What the server does for a model id. */
    public enum Behaviour { ANSWER, THROTTLE_HTTP, THROTTLE_IN_STREAM }

    private static final Pattern AUTH = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");
    private final HttpServer server;
    private final String accessKeyId;
    private final String secret;
    private final String region;
    private final Map<String, Behaviour> behaviours = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    public BedrockStubServer(String accessKeyId, String secret, String region) {
        this.accessKeyId = accessKeyId;
        this.secret = secret;
        this.region = region;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bedrock-stub");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public BedrockStubServer behave(String modelId, Behaviour behaviour) {
        behaviours.put(modelId, behaviour);
        return this;
    }

    /** Request headers (lower-case names) of each request received. */
    public List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** Raw request paths. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        requests.add(headers);
        bodies.add(new String(body, StandardCharsets.UTF_8));
        String rawPath = exchange.getRequestURI().getRawPath();
        paths.add(rawPath);
        String problem = signatureProblem(exchange.getRequestMethod(), rawPath, exchange.getRequestURI().getRawQuery(),
                headers, body);
        if (problem != null) {
            error(exchange, 403, problem.startsWith("unknown key") ? "UnrecognizedClientException"
                    : "SignatureDoesNotMatch", problem);
            return;
        }
        Matcher m = Pattern.compile("/model/([^/]+)/converse-stream").matcher(rawPath);
        if (!m.matches()) {
            error(exchange, 404, "UnknownOperationException", "no such operation");
            return;
        }
        String model = java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
        Behaviour behaviour = behaviours.getOrDefault(model, Behaviour.ANSWER);
        if (behaviour == Behaviour.THROTTLE_HTTP) {
            error(exchange, 429, "ThrottlingException", "Too many requests, please wait before trying again.");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.amazon.eventstream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "messageStart", "{\"role\":\"assistant\"}", 40);
            if (behaviour == Behaviour.THROTTLE_IN_STREAM) {
                send(out, "contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"par\"}}", 0);
                Map<String, String> h = new LinkedHashMap<>();
                h.put(":message-type", "exception");
                h.put(":exception-type", "throttlingException");
                h.put(":content-type", "application/json");
                out.write(EventStreamDecoder.encode(h, "{\"message\":\"slow down\"}".getBytes(StandardCharsets.UTF_8)));
                return;
            }
            send(out, "contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"text\":\"thinking \"}}}", 0);
            send(out, "contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"text\":\"Hello \"}}", 20);
            send(out, "contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"text\":\"from Bedrock\"}}", 20);
            send(out, "contentBlockStop", "{\"contentBlockIndex\":1}", 0);
            send(out, "messageStop", "{\"stopReason\":\"end_turn\"}", 0);
            send(out, "metadata", "{\"usage\":{\"inputTokens\":11,\"outputTokens\":4,\"totalTokens\":15},"
                    + "\"metrics\":{\"latencyMs\":80}}", 0);
        }
    }

    private static void send(OutputStream out, String type, String json, long pauseMs) throws IOException {
        if (pauseMs > 0) {
            try {
                Thread.sleep(pauseMs); // the stub's scripted pacing, so chunk times are measurable
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        Map<String, String> h = new LinkedHashMap<>();
        h.put(":event-type", type);
        h.put(":content-type", "application/json");
        h.put(":message-type", "event");
        out.write(EventStreamDecoder.encode(h, json.getBytes(StandardCharsets.UTF_8)));
        out.flush();
    }

    private String signatureProblem(String method, String rawPath, String rawQuery, Map<String, String> headers,
                                    byte[] body) {
        String authorization = headers.get("authorization");
        if (authorization == null) {
            return "missing Authorization";
        }
        Matcher m = AUTH.matcher(authorization);
        if (!m.matches()) {
            return "malformed Authorization";
        }
        if (!m.group(1).equals(accessKeyId)) {
            return "unknown key: The security token included in the request is invalid.";
        }
        String amzDate = headers.get("x-amz-date");
        if (amzDate == null || !amzDate.startsWith(m.group(2)) || !m.group(3).equals(region)
                || !m.group(4).equals("bedrock")) {
            return "wrong credential scope";
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : m.group(5).split(";")) {
            String value = headers.get(name);
            if (value == null) {
                return "signed header missing: " + name;
            }
            signed.put(name, value);
        }
        if (!signed.containsKey("host") || !signed.containsKey("x-amz-date")) {
            return "host and x-amz-date must be signed";
        }
        if (headers.containsKey("x-amz-security-token") && !signed.containsKey("x-amz-security-token")) {
            return "session token not signed";
        }
        String canonical = SigV4.canonicalRequest(method, rawPath, rawQuery, signed, SigV4.hex(SigV4.sha256(body)));
        String expected = SigV4.signature(secret, amzDate, region, "bedrock", canonical);
        return expected.equals(m.group(6)) ? null
                : "The request signature we calculated does not match the signature you provided.";
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        byte[] json = ("{\"message\":\"" + message.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
