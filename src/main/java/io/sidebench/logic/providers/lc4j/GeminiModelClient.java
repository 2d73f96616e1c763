package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GeminiThinkingConfig;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import io.sidebench.model.ModelParams;
import java.time.Duration;

/**
 * Google's Gemini API (AI Studio keys) through LangChain4j. Reasoning on asks for thought summaries;
 * reasoning off sets a thinking budget of 0 (honoured by the Flash models).
 */
public final class GeminiModelClient extends Lc4jStreamingClient {
    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";

    public GeminiModelClient(String baseUrl, String modelName, String apiKey, ModelParams params,
                             StreamingCallRunner runner) {
        super(baseUrl, DEFAULT_BASE_URL, modelName, apiKey, params, runner);
    }

    @Override
    protected StreamingChatModel model(ModelParams p, HttpClientBuilder http, Duration timeout) {
        GoogleAiGeminiStreamingChatModel.GoogleAiGeminiStreamingChatModelBuilder builder =
                GoogleAiGeminiStreamingChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .modelName(modelName)
                        .temperature(p.temperature())
                        .topP(p.topP())
                        .maxOutputTokens(p.maxTokens())
                        .seed(p.seed())
                        .returnThinking(true)
                        .timeout(timeout);
        if (p.reasoning() != null) {
            builder.thinkingConfig(p.reasoning()
                    ? GeminiThinkingConfig.builder().includeThoughts(true).build()
                    : GeminiThinkingConfig.builder().thinkingBudget(0).build());
        }
        return builder.build();
    }
}
