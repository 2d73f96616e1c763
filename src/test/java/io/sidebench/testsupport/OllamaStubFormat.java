package io.sidebench.testsupport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Ollama native /api/chat: NDJSON lines or one JSON document. */
final class OllamaStubFormat implements StubFormat {
    @Override
    public String streamContentType() {
        return "application/x-ndjson";
    }

    private ObjectNode line(String model, String content, String thinking, boolean done) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model).put("created_at", "2026-01-01T00:00:00Z");
        ObjectNode message = root.putObject("message");
        message.put("role", "assistant").put("content", content);
        if (thinking != null) {
            message.put("thinking", thinking);
        }
        root.put("done", done);
        return root;
    }

    @Override
    public String tokenEvent(String model, String piece, boolean reasoning) {
        return (reasoning ? line(model, "", piece, false) : line(model, piece, null, false)) + "\n";
    }

    private ObjectNode done(ObjectNode root, boolean includeUsage, int promptTokens, int outputTokens) {
        root.put("done_reason", "stop").put("total_duration", 1_000_000L);
        if (includeUsage) {
            root.put("prompt_eval_count", promptTokens).put("eval_count", outputTokens);
        }
        return root;
    }

    @Override
    public List<String> finishEvents(String model, boolean includeUsage, int promptTokens, int reasoningTokens,
                                     int answerTokens) {
        return List.of(done(line(model, "", null, true), includeUsage, promptTokens,
                reasoningTokens + answerTokens) + "\n");
    }

    @Override
    public List<String> malformedEvents() {
        return List.of("{\"model\":\"stub\",\"message\":{\"role\":\"assistant\",\"content\":\n");
    }

    @Override
    public String fullBody(String model, String text, String reasoning, boolean includeUsage, int promptTokens,
                           int reasoningTokens, int answerTokens) {
        return done(line(model, text, reasoning.isEmpty() ? null : reasoning, true), includeUsage, promptTokens,
                reasoningTokens + answerTokens).toString();
    }

    @Override
    public String errorBody(int status, String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }

    @Override
    public String modelsBody(List<String> models) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("models");
        for (String model : models) {
            ObjectNode entry = list.addObject();
            entry.put("name", model).put("model", model).put("modified_at", "2026-01-01T00:00:00Z")
                    .put("size", 1_000_000L).put("digest", "stub");
            entry.putObject("details").put("format", "gguf").put("family", "stub")
                    .put("parameter_size", "1B").put("quantization_level", "Q4_0");
        }
        return root.toString();
    }
}
