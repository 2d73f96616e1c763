package io.sidebench.testsupport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Anthropic Messages API: named SSE events (thinking block, then text block) or one JSON document. */
final class AnthropicStubFormat implements StubFormat {
    @Override
    public String streamContentType() {
        return "text/event-stream";
    }

    private static String event(String name, ObjectNode data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    @Override
    public List<String> openEvents(String model, int promptTokens, int reasoningTokens) {
        ObjectNode root = JSON.createObjectNode().put("type", "message_start");
        ObjectNode message = root.putObject("message");
        message.put("id", "msg_stub").put("type", "message").put("role", "assistant").put("model", model);
        message.putArray("content");
        message.putNull("stop_reason");
        message.putObject("usage").put("input_tokens", promptTokens).put("output_tokens", 1);
        return List.of(event("message_start", root));
    }

    @Override
    public List<String> tokenEvents(String model, String piece, boolean reasoning, int i, int reasoningTokens) {
        List<String> out = new ArrayList<>();
        int index = reasoning || reasoningTokens == 0 ? 0 : 1;
        if (i == 0 || i == reasoningTokens) {
            if (i > 0) {
                out.add(event("content_block_stop", JSON.createObjectNode().put("type", "content_block_stop")
                        .put("index", 0)));
            }
            ObjectNode start = JSON.createObjectNode().put("type", "content_block_start").put("index", index);
            if (reasoning) {
                start.putObject("content_block").put("type", "thinking").put("thinking", "");
            } else {
                start.putObject("content_block").put("type", "text").put("text", "");
            }
            out.add(event("content_block_start", start));
        }
        out.add(tokenEvent(model, piece, reasoning).replace("\"index\":0", "\"index\":" + index));
        return out;
    }

    @Override
    public String tokenEvent(String model, String piece, boolean reasoning) {
        ObjectNode root = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
        if (reasoning) {
            root.putObject("delta").put("type", "thinking_delta").put("thinking", piece);
        } else {
            root.putObject("delta").put("type", "text_delta").put("text", piece);
        }
        return event("content_block_delta", root);
    }

    @Override
    public List<String> finishEvents(String model, boolean includeUsage, int promptTokens, int reasoningTokens,
                                     int answerTokens) {
        List<String> out = new ArrayList<>();
        if (reasoningTokens + answerTokens > 0) {
            out.add(event("content_block_stop", JSON.createObjectNode().put("type", "content_block_stop")
                    .put("index", answerTokens > 0 && reasoningTokens > 0 ? 1 : 0)));
        }
        ObjectNode delta = JSON.createObjectNode().put("type", "message_delta");
        delta.putObject("delta").put("stop_reason", "end_turn").putNull("stop_sequence");
        delta.putObject("usage").put("output_tokens", reasoningTokens + answerTokens);
        out.add(event("message_delta", delta));
        out.add(event("message_stop", JSON.createObjectNode().put("type", "message_stop")));
        return out;
    }

    @Override
    public List<String> malformedEvents() {
        return List.of("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":\n\n");
    }

    @Override
    public String fullBody(String model, String text, String reasoning, boolean includeUsage, int promptTokens,
                           int reasoningTokens, int answerTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_stub").put("type", "message").put("role", "assistant").put("model", model);
        ArrayNode content = root.putArray("content");
        if (!reasoning.isEmpty()) {
            content.addObject().put("type", "thinking").put("thinking", reasoning).put("signature", "stub");
        }
        content.addObject().put("type", "text").put("text", text);
        root.put("stop_reason", "end_turn");
        root.putObject("usage").put("input_tokens", promptTokens).put("output_tokens", reasoningTokens + answerTokens);
        return root.toString();
    }

    @Override
    public String errorBody(int status, String message) {
        ObjectNode root = JSON.createObjectNode().put("type", "error");
        root.putObject("error").put("type", status == 429 ? "rate_limit_error" : "api_error").put("message", message);
        return root.toString();
    }

    @Override
    public String modelsBody(List<String> models) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode data = root.putArray("data");
        models.forEach(m -> data.addObject().put("type", "model").put("id", m).put("display_name", m));
        return root.toString();
    }
}
