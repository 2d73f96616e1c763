package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.ModelParams;

/**
 * Anthropic's Messages API through LangChain4j. The API has no seed (ignored). Max tokens is required
 * by the API: {@value #DEFAULT_MAX_TOKENS} when not set. Reasoning on enables extended thinking with a
 * budget of half the max tokens (at least 1,024, the API's minimum).
 */
public final class AnthropicModelClient implements ModelClient {
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1/";
    static final int DEFAULT_MAX_TOKENS = 1024;
    private final String baseUrl;
    private final String modelName;
    private final String apiKey;
    private final ModelParams params;
    private final StreamingCallRunner runner;

    public AnthropicModelClient(String baseUrl, String modelName, String apiKey, ModelParams params,
                                StreamingCallRunner runner) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        this.modelName = modelName;
        this.apiKey = apiKey;
        this.params = params == null ? ModelParams.DEFAULTS : params;
        this.runner = runner;
    }

    @Override
    public ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
        ModelParams p = Lc4jMessages.merge(params, request.params());
        return runner.run(request, p, listener, cancel, (http, timeout) -> {
            boolean thinking = Boolean.TRUE.equals(p.reasoning());
            int maxTokens = p.maxTokens() != null ? p.maxTokens() : DEFAULT_MAX_TOKENS;
            if (thinking && maxTokens <= 1024) {
                maxTokens = 1024 + DEFAULT_MAX_TOKENS;
            }
            AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder builder = AnthropicStreamingChatModel
                    .builder()
                    .httpClientBuilder(http)
                    .baseUrl(baseUrl)
                    .apiKey(apiKey)
                    .modelName(modelName)
                    .temperature(thinking ? null : p.temperature())
                    .topP(thinking ? null : p.topP())
                    .maxTokens(maxTokens)
                    .returnThinking(true)
                    .timeout(timeout);
            if (thinking) {
                builder.thinkingType("enabled").thinkingBudgetTokens(Math.max(1024, maxTokens / 2));
            }
            return builder.build();
        });
    }
}
