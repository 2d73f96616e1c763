package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.ModelParams;
import java.time.Duration;

/**
 * What every LangChain4j-backed client shares: the endpoint, the model name, the key, the model's own
 * parameters (merged with the request's) and the {@link StreamingCallRunner} that makes the call. A subclass
 * only says how to build its provider's LangChain4j model for one call.
 */
abstract class Lc4jStreamingClient implements ModelClient {
    protected final String baseUrl;
    protected final String modelName;
    protected final String apiKey;
    private final ModelParams params;
    private final StreamingCallRunner runner;

    Lc4jStreamingClient(String baseUrl, String defaultBaseUrl, String modelName, String apiKey, ModelParams params,
                        StreamingCallRunner runner) {
        this.baseUrl = (baseUrl == null || baseUrl.isBlank()) && defaultBaseUrl != null ? defaultBaseUrl : baseUrl;
        this.modelName = modelName;
        this.apiKey = apiKey;
        this.params = params == null ? ModelParams.DEFAULTS : params;
        this.runner = runner;
    }

    @Override
    public final ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
        ModelParams merged = Lc4jMessages.merge(params, request.params());
        return runner.run(request, merged, listener, cancel, modelName, (http, timeout) -> model(merged, http, timeout));
    }

    /** The provider's LangChain4j model for one call with the merged parameters, on the given HTTP client. */
    protected abstract StreamingChatModel model(ModelParams p, HttpClientBuilder http, Duration timeout);
}
