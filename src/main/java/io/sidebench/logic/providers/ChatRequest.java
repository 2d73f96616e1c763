package io.sidebench.logic.providers;

import io.sidebench.model.ModelParams;
import java.time.Duration;
import java.util.List;

/**
 * One request to a model: the conversation so far and the generation parameters.
 *
 * @param timeout the whole request's time limit; {@code null} for the client's default
 * @param reference the expected answer, used only by the reference baseline
 */
public record ChatRequest(List<ChatMessage> messages, ModelParams params, Duration timeout, String reference) {
    public ChatRequest {
        messages = List.copyOf(messages);
        params = params == null ? ModelParams.DEFAULTS : params;
    }
}
