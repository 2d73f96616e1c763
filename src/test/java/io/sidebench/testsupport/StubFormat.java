package io.sidebench.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The wire formats the stub speaks: OpenAI-compatible SSE / JSON and Ollama NDJSON / JSON. */
interface StubFormat {
    ObjectMapper JSON = new ObjectMapper();

    String streamContentType();

    String tokenEvent(String model, String piece, boolean reasoning);

    /** Events after the last token (finish reason, usage, terminator). */
    List<String> finishEvents(String model, boolean includeUsage, int promptTokens, int reasoningTokens,
                              int answerTokens);

    /** A chunk that is not valid JSON, followed by whatever ends the stream. */
    List<String> malformedEvents();

    String fullBody(String model, String text, String reasoning, boolean includeUsage, int promptTokens,
                    int reasoningTokens, int answerTokens);

    String errorBody(int status, String message);

    /**
     * The message of an error response. Like some real servers, a 401/403 echoes the credential it got,
     * so tests can prove a client scrubs keys from its errors.
     */
    static String errorMessage(int status, RecordedRequest request) {
        if (status == 401 || status == 403) {
            String credential = request.header("authorization");
            if (credential == null) {
                credential = request.header("x-api-key");
            }
            if (credential == null) {
                credential = request.header("x-goog-api-key");
            }
            return "Incorrect API key provided: " + credential;
        }
        return status == 429 ? "Rate limit reached (stub)" : "stub error " + status;
    }

    String modelsBody(List<String> models);

    /** OpenAI chat completions. */
    StubFormat OPENAI = new StubFormat() {
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
    };

    /** Ollama native /api/chat. */
    StubFormat OLLAMA = new StubFormat() {
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
    };
}
