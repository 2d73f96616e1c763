package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.model.ModelParams;
import java.util.ArrayList;
import java.util.List;

/** Converts our requests to LangChain4j's, and merges a model's parameters with a request's. */
final class Lc4jMessages {
    private Lc4jMessages() {
    }

    /** The conversation, with the system prompt from the parameters first when it has none of its own. */
    static dev.langchain4j.model.chat.request.ChatRequest toRequest(ChatRequest request, ModelParams params) {
        List<dev.langchain4j.data.message.ChatMessage> out = new ArrayList<>();
        boolean hasSystem = request.messages().stream().anyMatch(m -> m.role() == ChatMessage.Role.SYSTEM);
        if (!hasSystem && params.systemPrompt() != null && !params.systemPrompt().isBlank()) {
            out.add(SystemMessage.from(params.systemPrompt()));
        }
        for (ChatMessage message : request.messages()) {
            out.add(switch (message.role()) {
                case SYSTEM -> SystemMessage.from(message.text());
                case USER -> UserMessage.from(message.text());
                case ASSISTANT -> AiMessage.from(message.text());
            });
        }
        return dev.langchain4j.model.chat.request.ChatRequest.builder().messages(out).build();
    }

    /** Values set in {@code request} win over the model's configured {@code base}. */
    static ModelParams merge(ModelParams base, ModelParams request) {
        if (request == null || request.equals(ModelParams.DEFAULTS)) {
            return base;
        }
        return new ModelParams(
                request.temperature() != null ? request.temperature() : base.temperature(),
                request.topP() != null ? request.topP() : base.topP(),
                request.maxTokens() != null ? request.maxTokens() : base.maxTokens(),
                request.seed() != null ? request.seed() : base.seed(),
                request.systemPrompt() != null ? request.systemPrompt() : base.systemPrompt(),
                request.reasoning() != null ? request.reasoning() : base.reasoning());
    }
}
