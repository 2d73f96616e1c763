package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.sidebench.logic.providers.bedrock.AwsCredentials;
import io.sidebench.logic.providers.bedrock.ConverseStreamModel;
import io.sidebench.model.ModelParams;
import java.time.Clock;
import java.time.Duration;

/**
 * AWS Bedrock through the ConverseStream API (one request shape for Claude, Llama, Mistral, DeepSeek,
 * Qwen... as Bedrock names them, e.g. {@code anthropic.claude-3-5-sonnet-20240620-v1:0},
 * {@code us.deepseek.r1-v1:0}), SigV4-signed, on our measured HTTP client.
 */
public final class BedrockModelClient extends Lc4jStreamingClient {
    private final String region;
    private final AwsCredentials credentials;
    private final Clock clock;

    public BedrockModelClient(String endpoint, String region, String modelId, AwsCredentials credentials,
                              ModelParams params, StreamingCallRunner runner, Clock clock) {
        super(endpoint, ConverseStreamModel.endpointFor(region), modelId, null, params, runner);
        this.region = region;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    protected StreamingChatModel model(ModelParams p, HttpClientBuilder http, Duration timeout) {
        return new ConverseStreamModel(http, baseUrl, modelName, region, credentials, p, clock);
    }
}
