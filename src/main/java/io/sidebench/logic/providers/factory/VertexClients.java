package io.sidebench.logic.providers.factory;

import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.lc4j.GeminiModelClient;
import io.sidebench.logic.providers.lc4j.OpenAiCompatibleClient;
import io.sidebench.logic.providers.net.NetworkSettings;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.vertex.GoogleAdc;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a Vertex AI client with application-default credentials: Gemini through the Gemini protocol at
 * {@code {endpoint}/v1/projects/{p}/locations/{r}/publishers/google/models/{m}:streamGenerateContent}, or
 * (option {@code api=openai}) partner / open models (Llama, DeepSeek, Qwen... "model as a service") through
 * Vertex's OpenAI-compatible endpoint {@code .../endpoints/openapi/chat/completions}. The access token is
 * fetched when the client is built (tokens last about an hour) and sent as the bearer.
 */
final class VertexClients {
    static final String DEFAULT_REGION = "us-central1";

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
        GoogleAdc.Token token = GoogleAdc.token(config.name(), file, http, clock);
        String project = c.option(ConnectionSettings.PROJECT_OPTION);
        if (project == null) {
            project = keys.find("GOOGLE_CLOUD_PROJECT").orElse(token.projectId());
        }
        if (project == null) {
            throw new IllegalArgumentException("model '" + config.name() + "': no Google Cloud project: add the model "
                    + "with --project or set GOOGLE_CLOUD_PROJECT");
        }
        String host = endpoint != null ? endpoint : region.equals("global") ? "https://aiplatform.googleapis.com"
                : "https://" + region + "-aiplatform.googleapis.com";
        String base = host + "/v1/projects/" + project + "/locations/" + region;
        boolean openAi = "openai".equalsIgnoreCase(c.option(ConnectionSettings.API_OPTION));
        if (openAi) {
            String url = base + "/endpoints/openapi";
            ConnectionDecorators.Resolved resolved = ConnectionDecorators.resolve(config, keys);
            return new OpenAiCompatibleClient(url, model, token.accessToken(), config.params(),
                    runners.runner(url, token.accessToken(), "GOOGLE_APPLICATION_CREDENTIALS", resolved));
        }
        String url = base + "/publishers/google";
        ConnectionDecorators.Resolved gateway = ConnectionDecorators.resolve(config, keys,
                Map.of("Authorization", "Bearer " + token.accessToken()), Map.of(), Set.of("x-goog-api-key"));
        List<String> secrets = new ArrayList<>(gateway.secrets());
        secrets.add(token.accessToken());
        return new GeminiModelClient(url, model, "vertex-uses-a-bearer-token", config.params(),
                runners.runner(url, token.accessToken(), "GOOGLE_APPLICATION_CREDENTIALS",
                        new ConnectionDecorators.Resolved(gateway.decorator(), secrets)));
    }
}
