package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.ModelParams;
import java.util.Map;

/**
 * Any server speaking OpenAI's chat completions API (OpenAI, DeepSeek, Qwen, Kimi, GLM, vLLM, llama.cpp,
 * LM Studio, our GGUF child...), streamed through LangChain4j's OpenAI model. Reasoning text arrives as
 * {@code reasoning_content}; the reasoning switch is sent as {@code enable_thinking}, the convention of
 * Qwen-style servers (see docs/decisions/0003).
 */
public final class OpenAiCompatibleClient implements ModelClient {
    /** Sent as the key when a server needs none (local servers ignore it). */
    static final String NO_KEY = "sidebench-no-key";
    private final String baseUrl;
    private final String modelName;
    private final String apiKey;
    private final ModelParams params;
    private final StreamingCallRunner runner;

    public OpenAiCompatibleClient(String baseUrl, String modelName, String apiKey, ModelParams params,
                                  StreamingCallRunner runner) {
        this.baseUrl = baseUrl;
        this.modelName = modelName;
        this.apiKey = apiKey;
        this.params = params == null ? ModelParams.DEFAULTS : params;
        this.runner = runner;
    }

    @Override
    public ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
        ModelParams p = Lc4jMessages.merge(params, request.params());
        return runner.run(request, p, listener, cancel, (http, timeout) -> {
            OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(baseUrl)
                    .apiKey(apiKey == null || apiKey.isBlank() ? NO_KEY : apiKey)
                    .modelName(modelName)
                    .temperature(p.temperature())
                    .topP(p.topP())
                    .maxTokens(p.maxTokens())
                    .seed(p.seed())
                    .returnThinking(true)
                    .timeout(timeout);
            if (p.reasoning() != null) {
                builder.customParameters(Map.of("enable_thinking", p.reasoning()));
            }
            return builder.build();
        });
    }
}
