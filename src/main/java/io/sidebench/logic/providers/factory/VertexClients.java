package io.sidebench.logic.providers.factory;

import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.lc4j.GeminiModelClient;
import io.sidebench.logic.providers.lc4j.OpenAiCompatibleClient;
import io.sidebench.logic.providers.net.NetworkSettings;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.RefreshingToken;
import io.sidebench.logic.providers.vertex.GoogleAdc;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Builds a Vertex AI client with application-default credentials: Gemini through the Gemini protocol at
 * {@code {endpoint}/v1/projects/{p}/locations/{r}/publishers/google/models/{m}:streamGenerateContent}, or
 * (option {@code api=openai}) partner / open models (Llama, DeepSeek, Qwen... "model as a service") through
 * Vertex's OpenAI-compatible endpoint {@code .../endpoints/openapi/chat/completions}. The access token is
 * fetched when the client is built and again after 45 minutes (tokens last about an hour), sent as the bearer.
 */
final class VertexClients {
    static final String DEFAULT_REGION = "us-central1";
    /** Google access tokens last an hour; a fresh one is fetched after this. */
    static final java.time.Duration TOKEN_REFRESH = java.time.Duration.ofMinutes(45);

    private VertexClients() {
    }

    static ModelClient create(ModelConfig config, String model, String endpoint, ApiKeyResolver keys, Path home,
                              NetworkSettings network, Clock clock, AzureClients.Runners runners) {
        ConnectionSettings c = config.connection();
        String region = c.option(ConnectionSettings.REGION_OPTION);
        region = region == null ? keys.find("GOOGLE_CLOUD_REGION").orElse(DEFAULT_REGION) : region;
        Path file = GoogleAdc.file(config.name(), v -> keys.find(v).orElse(null), home, System.getProperty("os.name", ""));
        java.net.http.HttpClient http = network.apply(java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10))).build();
        GoogleAdc.Token first = GoogleAdc.token(config.name(), file, http, clock);
        java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();
        RefreshingToken token = new RefreshingToken(() -> used.getAndSet(true)
                ? GoogleAdc.token(config.name(), file, http, clock).accessToken() : first.accessToken(),
                TOKEN_REFRESH, clock);
        token.get();
        String project = c.option(ConnectionSettings.PROJECT_OPTION);
        if (project == null) {
            project = keys.find("GOOGLE_CLOUD_PROJECT").orElse(first.projectId());
        }
        if (project == null) {
            throw new IllegalArgumentException("model '" + config.name() + "': no Google Cloud project: add the model "
                    + "with --project or set GOOGLE_CLOUD_PROJECT");
        }
        String host = endpoint != null ? endpoint : region.equals("global") ? "https://aiplatform.googleapis.com"
                : "https://" + region + "-aiplatform.googleapis.com";
        String base = host + "/v1/projects/" + project + "/locations/" + region;
        boolean openAi = "openai".equalsIgnoreCase(c.option(ConnectionSettings.API_OPTION));
        String url = base + (openAi ? "/endpoints/openapi" : "/publishers/google");
        // the bearer is asked for at each request, so a run longer than the token's hour gets a fresh one
        ConnectionDecorators.Resolved gateway = ConnectionDecorators.resolve(config, keys, Map.of(),
                Map.of("Authorization", () -> "Bearer " + token.get()), Map.of(),
                Set.of(openAi ? "authorization" : "x-goog-api-key"));
        ConnectionDecorators.Resolved resolved = new ConnectionDecorators.Resolved(gateway.decorator(),
                gateway.secrets(), token::issued);
        if (openAi) {
            return new OpenAiCompatibleClient(url, model, null, config.params(),
                    runners.runner(url, null, "GOOGLE_APPLICATION_CREDENTIALS", resolved));
        }
        return new GeminiModelClient(url, model, "vertex-uses-a-bearer-token", config.params(),
                runners.runner(url, null, "GOOGLE_APPLICATION_CREDENTIALS", resolved));
    }
}
