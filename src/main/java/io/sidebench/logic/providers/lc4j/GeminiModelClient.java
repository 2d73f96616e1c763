package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.model.googleai.GeminiThinkingConfig;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.ModelParams;

/**
 * Google's Gemini API (AI Studio keys) through LangChain4j. Reasoning on asks for thought summaries;
 * reasoning off sets a thinking budget of 0 (honoured by the Flash models).
 */
public final class GeminiModelClient implements ModelClient {
    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
    private final String baseUrl;
    private final String modelName;
    private final String apiKey;
    private final ModelParams params;
    private final StreamingCallRunner runner;

    public GeminiModelClient(String baseUrl, String modelName, String apiKey, ModelParams params,
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
        });
    }
}
