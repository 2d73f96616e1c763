package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import io.sidebench.model.ModelParams;
import java.time.Duration;

/**
 * A model served by Ollama's native API ({@code /api/chat}, NDJSON stream) through LangChain4j's Ollama
 * model. Max tokens is {@code num_predict}; the reasoning switch is Ollama's {@code think}.
 */
public final class OllamaModelClient extends Lc4jStreamingClient {
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:11434";

    public OllamaModelClient(String baseUrl, String modelName, ModelParams params, StreamingCallRunner runner) {
        super(baseUrl, DEFAULT_BASE_URL, modelName, null, params, runner);
    }

    @Override
    protected StreamingChatModel model(ModelParams p, HttpClientBuilder http, Duration timeout) {
        return OllamaStreamingChatModel.builder()
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
                .build();
    }
}
