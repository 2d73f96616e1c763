package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.sidebench.model.ModelParams;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Azure OpenAI / Azure AI Foundry deployments: the OpenAI chat completions protocol at
 * {@code {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=...}, streamed through
 * LangChain4j's OpenAI model on our measured HTTP client (so timing, Retry-After and abort work as for
 * every provider). The {@code api-version} query parameter and the {@code api-key} header (key auth) are
 * added by the runner's request decorator; with Microsoft Entra ID the token goes as the bearer.
 */
public final class AzureOpenAiClient extends Lc4jStreamingClient {
    /** The latest generally available data-plane API version as of late 2024. */
    public static final String DEFAULT_API_VERSION = "2024-10-21";
    public static final String DEFAULT_KEY_ENV = "AZURE_OPENAI_API_KEY";

    /** @param bearerToken the Entra ID token, or null when the key travels in the api-key header */
    public AzureOpenAiClient(String endpoint, String deployment, String bearerToken, ModelParams params,
                             StreamingCallRunner runner) {
        super(deploymentUrl(endpoint, deployment), null, deployment, bearerToken, params, runner);
    }

    /** The base URL LangChain4j appends {@code /chat/completions} to. */
    public static String deploymentUrl(String endpoint, String deployment) {
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return base + "/openai/deployments/" + URLEncoder.encode(deployment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    protected StreamingChatModel model(ModelParams p, HttpClientBuilder http, Duration timeout) {
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? OpenAiCompatibleClient.NO_KEY : apiKey)
                .modelName(modelName)
                .temperature(p.temperature())
                .topP(p.topP())
                .maxTokens(p.maxTokens())
                .seed(p.seed())
                .returnThinking(true)
                .timeout(timeout);
        return builder.build();
    }
}
