package io.sidebench.testsupport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Gemini generateContent / streamGenerateContent?alt=sse: candidates with text or thought parts. */
final class GeminiStubFormat implements StubFormat {
    @Override
    public String streamContentType() {
        return "text/event-stream";
    }

    private static ObjectNode candidate(ObjectNode root, String text, boolean thought) {
        ObjectNode candidate = root.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        ObjectNode part = content.putArray("parts").addObject().put("text", text);
        if (thought) {
            part.put("thought", true);
        }
        content.put("role", "model");
        candidate.put("index", 0);
        return candidate;
    }

    private static void usage(ObjectNode root, int promptTokens, int reasoningTokens, int answerTokens) {
        ObjectNode usage = root.putObject("usageMetadata");
        usage.put("promptTokenCount", promptTokens).put("candidatesTokenCount", answerTokens);
        if (reasoningTokens > 0) {
            usage.put("thoughtsTokenCount", reasoningTokens);
        }
        usage.put("totalTokenCount", promptTokens + reasoningTokens + answerTokens);
    }

    @Override
    public String tokenEvent(String model, String piece, boolean reasoning) {
        ObjectNode root = JSON.createObjectNode();
        candidate(root, piece, reasoning);
        root.put("modelVersion", model);
        return "data: " + root + "\r\n\r\n";
    }

    @Override
    public List<String> finishEvents(String model, boolean includeUsage, int promptTokens, int reasoningTokens,
                                     int answerTokens) {
        ObjectNode root = JSON.createObjectNode();
        candidate(root, "", false).put("finishReason", "STOP");
        usage(root, promptTokens, reasoningTokens, answerTokens);
        root.put("modelVersion", model);
        return List.of("data: " + root + "\r\n\r\n");
    }

    @Override
    public List<String> malformedEvents() {
        return List.of("data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\":\r\n\r\n");
    }

    @Override
    public String fullBody(String model, String text, String reasoning, boolean includeUsage, int promptTokens,
                           int reasoningTokens, int answerTokens) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode candidate = candidate(root, text, false);
        if (!reasoning.isEmpty()) {
            ((ArrayNode) candidate.path("content").path("parts")).insertObject(0).put("text", reasoning)
                    .put("thought", true);
        }
        candidate.put("finishReason", "STOP");
        usage(root, promptTokens, reasoningTokens, answerTokens);
        root.put("modelVersion", model);
        return root.toString();
    }

    @Override
    public String errorBody(int status, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("code", status).put("message", message)
                .put("status", status == 429 ? "RESOURCE_EXHAUSTED" : "INTERNAL");
        return root.toString();
    }

    @Override
    public String modelsBody(List<String> models) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("models");
        models.forEach(m -> list.addObject().put("name", "models/" + m));
        return root.toString();
    }
}
