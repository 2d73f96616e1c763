package io.sidebench.logic.providers.gguf;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** What the child server needs from a local model runtime (llama.cpp in production, a fake in tests). */
public interface TextGenerator extends AutoCloseable {

    /** One chat message as the server received it; role is "system", "user" or "assistant". */
    record Message(String role, String content) {
    }

    /**
     * @param maxTokens   the most tokens to generate; {@code null} for "until the context is full"
     * @param temperature {@code null} for the runtime's default; 0 picks the most likely token
     * @param seed        {@code null} for a random seed
     * @param stop        strings that end the answer (not included in it)
     */
    record Request(String prompt, Integer maxTokens, Double temperature, Double topP, Integer seed,
                   List<String> stop) {
        public Request {
            stop = stop == null ? List.of() : List.copyOf(stop);
        }
    }

    /** @param finishReason "length" when max_tokens was reached, otherwise "stop" */
    record Result(int promptTokens, int completionTokens, String finishReason) {
    }

    /** The id served by {@code GET /v1/models}. */
    String modelId();

    /** Turns a conversation into the prompt text, with the model's chat template or a simple one. */
    String applyChatTemplate(List<Message> messages);

    /** Stop strings the chat template needs (the plain template's "\nUser:"), added to every request. */
    default List<String> templateStops() {
        return List.of();
    }

    /**
     * Generates from {@code request.prompt()}, handing each piece of text to {@code onText} as it is
     * produced. Stops early when {@code cancelled} turns true. Requests may run concurrently.
     *
     * @throws IllegalArgumentException when the request cannot be served (prompt longer than the context)
     */
    Result generate(Request request, Consumer<String> onText, BooleanSupplier cancelled);

    @Override
    void close();
}
