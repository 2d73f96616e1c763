package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.ModelParams;

/**
 * A model served by Ollama's native API ({@code /api/chat}, NDJSON stream) through LangChain4j's Ollama
 * model. Max tokens is {@code num_predict}; the reasoning switch is Ollama's {@code think}.
 */
public final class OllamaModelClient implements ModelClient {
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:11434";
    private final String baseUrl;
    private final String modelName;
    private final ModelParams params;
    private final StreamingCallRunner runner;

    public OllamaModelClient(String baseUrl, String modelName, ModelParams params, StreamingCallRunner runner) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        this.modelName = modelName;
        this.params = params == null ? ModelParams.DEFAULTS : params;
        this.runner = runner;
    }

    @Override
    public ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
        ModelParams p = Lc4jMessages.merge(params, request.params());
        return runner.run(request, p, listener, cancel, (http, timeout) -> OllamaStreamingChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .modelName(modelName)
                .temperature(p.temperature())
                .topP(p.topP())
                .numPredict(p.maxTokens())
                .seed(p.seed())
                .think(p.reasoning())
                .returnThinking(true)
                .timeout(timeout)
                .build());
    }
}
