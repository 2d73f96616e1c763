package io.sidebench.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The wire formats the stub speaks: OpenAI-compatible, Ollama, Anthropic Messages and Gemini. */
interface StubFormat {
    ObjectMapper JSON = new ObjectMapper();

    StubFormat OPENAI = new OpenAiStubFormat();
    StubFormat OLLAMA = new OllamaStubFormat();
    StubFormat ANTHROPIC = new AnthropicStubFormat();
    StubFormat GEMINI = new GeminiStubFormat();

    String streamContentType();

    /** Events written right after the response head, before the first token (none by default). */
    default List<String> openEvents(String model, int promptTokens, int reasoningTokens) {
        return List.of();
    }

    /** The events carrying token {@code i} (reasoning tokens first, then answer tokens). */
    default List<String> tokenEvents(String model, String piece, boolean reasoning, int i, int reasoningTokens) {
        return List.of(tokenEvent(model, piece, reasoning));
    }

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
}
