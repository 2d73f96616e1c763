package io.sidebench.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One request the {@link StubLlmServer} received, with what it did about it. The request fields are
 * fixed when the body has been read; the outcome fields are filled in as the answer is written.
 */
public final class RecordedRequest {
    /** Which wire protocol the request used. */
    public enum Api { OPENAI, OLLAMA, ANTHROPIC, GEMINI, OTHER }

    private final long sequence;
    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final String body;
    private final JsonNode json;
    private final Api api;
    private final long receivedNanos;

    private volatile StubScript script;
    private volatile int tokensSent;
    private volatile long firstTokenNanos;
    private volatile long finishedNanos;
    private volatile String outcome = "pending";
    private final java.util.concurrent.CountDownLatch finishedLatch = new java.util.concurrent.CountDownLatch(1);
    private volatile String query;

    RecordedRequest(long sequence, String method, String path, Map<String, String> headers, String body,
                    JsonNode json, Api api, long receivedNanos) {
        this.sequence = sequence;
        this.method = method;
        this.path = path;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.json = json;
        this.api = api;
        this.receivedNanos = receivedNanos;
    }

    /** 0 for the first request the server received, then 1, 2... */
    public long sequence() {
        return sequence;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The raw query string (after '?'), {@code null} when the request had none. */
    public String query() {
        return query;
    }

    void query(String raw) {
        this.query = raw;
    }

    /** Header values by lower-case name. */
    public Map<String, String> headers() {
        return headers;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public String body() {
        return body;
    }

    /** The parsed JSON body, or a missing node when there was none or it was not JSON. */
    public JsonNode json() {
        return json;
    }

    public Api api() {
        return api;
    }

    /** {@code System.nanoTime()} when the request body had been read. */
    public long receivedNanos() {
        return receivedNanos;
    }

    /** The {@code model} field of the body (Gemini: the model in the path), or "" when absent. */
    public String model() {
        if (api == Api.GEMINI) {
            int start = path.indexOf("/models/");
            int end = path.lastIndexOf(':');
            return start >= 0 && end > start ? path.substring(start + 8, end) : "";
        }
        return json.path("model").asText("");
    }

    /** Whether the client asked for a stream (Ollama streams unless told not to). */
    public boolean stream() {
        if (api == Api.GEMINI) {
            return path.endsWith(":streamGenerateContent");
        }
        JsonNode node = json.path("stream");
        return api == Api.OLLAMA ? !node.isBoolean() || node.asBoolean() : node.asBoolean(false);
    }

    /** The messages as (role, text) pairs; text parts of multi-part contents are joined. */
    public List<Map.Entry<String, String>> messages() {
        java.util.ArrayList<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        if (api == Api.GEMINI) {
            JsonNode system = json.path("systemInstruction").path("parts");
            if (!system.isMissingNode()) {
                out.add(Map.entry("system", contentText(system)));
            }
            for (JsonNode content : json.path("contents")) {
                String role = content.path("role").asText("user");
                out.add(Map.entry(role.equals("model") ? "assistant" : role, contentText(content.path("parts"))));
            }
            return out;
        }
        if (api == Api.ANTHROPIC && !json.path("system").isMissingNode()) {
            out.add(Map.entry("system", contentText(json.path("system"))));
        }
        for (JsonNode message : json.path("messages")) {
            out.add(Map.entry(message.path("role").asText(), contentText(message.path("content"))));
        }
        return out;
    }

    /** The text of the last user message, or "" when there is none. */
    public String lastUserText() {
        List<Map.Entry<String, String>> all = messages();
        for (int i = all.size() - 1; i >= 0; i--) {
            if ("user".equals(all.get(i).getKey())) {
                return all.get(i).getValue();
            }
        }
        return "";
    }

    /** The system message text, or {@code null}. */
    public String systemText() {
        return messages().stream().filter(m -> "system".equals(m.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String contentText(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode part : content) {
            out.append(part.path("text").asText(""));
        }
        return out.toString();
    }

    /** The script the server chose for this request, {@code null} for non-chat requests. */
    public StubScript script() {
        return script;
    }

    /** Tokens (reasoning and answer) written so far. */
    public int tokensSent() {
        return tokensSent;
    }

    /** Milliseconds from receiving the request to writing the first token, or -1 if none was written. */
    public double serverTtftMs() {
        long first = firstTokenNanos;
        return first == 0 ? -1 : (first - receivedNanos) / 1e6;
    }

    /** "pending", "ok", "status 429", "reset", "malformed", "hang", "stall", "client gone". */
    public String outcome() {
        return outcome;
    }

    /** Whether the server has finished with this request (answered, failed or abandoned). */
    public boolean finished() {
        return finishedNanos != 0;
    }

    void chose(StubScript chosen) {
        this.script = chosen;
    }

    void tokenWritten() {
        if (tokensSent == 0) {
            firstTokenNanos = System.nanoTime();
        }
        tokensSent++;
    }

    void finish(String how) {
        outcome = how;
        finishedNanos = System.nanoTime();
        finishedLatch.countDown();
    }

    /**
     * Waits until the server has finished with this request: a client can read the whole answer a moment before
     * the server's thread records how it ended.
     */
    public boolean awaitFinished(java.time.Duration timeout) throws InterruptedException {
        return finishedLatch.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + path + " model=" + model() + " -> " + outcome;
    }
}
