package io.sidebench.testsupport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** OpenAI chat completions: SSE chunks or one JSON document. */
final class OpenAiStubFormat implements StubFormat {
    @Override
    public String streamContentType() {
        return "text/event-stream";
    }

    private ObjectNode chunk(String model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-stub").put("object", "chat.completion.chunk").put("created", 1_700_000_000L)
                .put("model", model);
        return root;
    }

    @Override
    public String tokenEvent(String model, String piece, boolean reasoning) {
        ObjectNode root = chunk(model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        delta.put("role", "assistant");
        delta.put(reasoning ? "reasoning_content" : "content", piece);
        choice.putNull("finish_reason");
        return "data: " + root + "\n\n";
    }

    @Override
    public List<String> finishEvents(String model, boolean includeUsage, int promptTokens, int reasoningTokens,
                                     int answerTokens) {
        ObjectNode stop = chunk(model);
        ObjectNode choice = stop.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta");
        choice.put("finish_reason", "stop");
        if (!includeUsage) {
            return List.of("data: " + stop + "\n\n", "data: [DONE]\n\n");
        }
        ObjectNode usage = chunk(model);
        usage.putArray("choices");
        usage.set("usage", usage(promptTokens, reasoningTokens, answerTokens));
        return List.of("data: " + stop + "\n\n", "data: " + usage + "\n\n", "data: [DONE]\n\n");
    }

    private ObjectNode usage(int promptTokens, int reasoningTokens, int answerTokens) {
        ObjectNode usage = JSON.createObjectNode();
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", reasoningTokens + answerTokens);
        usage.put("total_tokens", promptTokens + reasoningTokens + answerTokens);
        usage.putObject("completion_tokens_details").put("reasoning_tokens", reasoningTokens);
        return usage;
    }

    @Override
    public List<String> malformedEvents() {
        return List.of("data: {\"id\":\"chatcmpl-stub\",\"choices\":[{\"delta\":{\"content\":\n\n",
                "data: [DONE]\n\n");
    }

    @Override
    public String fullBody(String model, String text, String reasoning, boolean includeUsage, int promptTokens,
                           int reasoningTokens, int answerTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-stub").put("object", "chat.completion").put("created", 1_700_000_000L)
                .put("model", model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant").put("content", text);
        if (!reasoning.isEmpty()) {
            message.put("reasoning_content", reasoning);
        }
        choice.put("finish_reason", "stop");
        if (includeUsage) {
            root.set("usage", usage(promptTokens, reasoningTokens, answerTokens));
        }
        return root.toString();
    }

    @Override
    public String errorBody(int status, String message) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", status == 429 ? "rate_limit_exceeded" : "stub_error");
        error.put("code", String.valueOf(status));
        return root.toString();
    }

    @Override
    public String modelsBody(List<String> models) {
        ObjectNode root = JSON.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        for (String model : models) {
            data.addObject().put("id", model).put("object", "model").put("created", 1_700_000_000L)
                    .put("owned_by", "stub");
        }
        return root.toString();
    }
}
