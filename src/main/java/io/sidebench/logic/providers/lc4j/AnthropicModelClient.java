package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.sidebench.model.ModelParams;
import java.time.Duration;

/**
 * Anthropic's Messages API through LangChain4j. The API has no seed (ignored). Max tokens is required
 * by the API: {@value #DEFAULT_MAX_TOKENS} when not set. Reasoning on enables extended thinking with a
 * budget of half the max tokens (at least 1,024, the API's minimum).
 */
public final class AnthropicModelClient extends Lc4jStreamingClient {
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1/";
    static final int DEFAULT_MAX_TOKENS = 1024;

    public AnthropicModelClient(String baseUrl, String modelName, String apiKey, ModelParams params,
                                StreamingCallRunner runner) {
        super(baseUrl, DEFAULT_BASE_URL, modelName, apiKey, params, runner);
    }

    @Override
    protected StreamingChatModel model(ModelParams p, HttpClientBuilder http, Duration timeout) {
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
    }
}
