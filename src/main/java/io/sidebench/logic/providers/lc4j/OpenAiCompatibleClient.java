package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.sidebench.model.ModelParams;
import java.time.Duration;
import java.util.Map;

/**
 * Any server speaking OpenAI's chat completions API (OpenAI, DeepSeek, Qwen, Kimi, GLM, vLLM, llama.cpp,
 * LM Studio, our GGUF child...), streamed through LangChain4j's OpenAI model. Reasoning text arrives as
 * {@code reasoning_content}; the reasoning switch is sent as {@code enable_thinking}, the convention of
 * Qwen-style servers (see docs/decisions/0003).
 */
public final class OpenAiCompatibleClient extends Lc4jStreamingClient {
    /** Sent as the key when a server needs none (local servers ignore it). */
    static final String NO_KEY = "sidebench-no-key";

    public OpenAiCompatibleClient(String baseUrl, String modelName, String apiKey, ModelParams params,
                                  StreamingCallRunner runner) {
        super(baseUrl, null, modelName, apiKey, params, runner);
    }

    @Override
    protected StreamingChatModel model(ModelParams p, HttpClientBuilder http, Duration timeout) {
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
    }
}
