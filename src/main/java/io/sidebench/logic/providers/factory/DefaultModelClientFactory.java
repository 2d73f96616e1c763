package io.sidebench.logic.providers.factory;

import io.sidebench.logic.providers.BaseUrlPolicy;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.baseline.ExtractiveBaselineClient;
import io.sidebench.logic.providers.baseline.OnnxTextEmbedder;
import io.sidebench.logic.providers.baseline.ReferenceBaselineClient;
import io.sidebench.logic.providers.baseline.TextEmbedder;
import io.sidebench.logic.providers.gguf.GgufProcess;
import io.sidebench.logic.providers.lc4j.AnthropicModelClient;
import io.sidebench.logic.providers.lc4j.GeminiModelClient;
import io.sidebench.logic.providers.lc4j.OllamaModelClient;
import io.sidebench.logic.providers.lc4j.OpenAiCompatibleClient;
import io.sidebench.logic.providers.lc4j.StreamingCallRunner;
import io.sidebench.logic.providers.net.NetworkSettings;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.SecretScrubber;
import io.sidebench.model.ModelConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Builds the {@link ModelClient} for a configured model, one implementation class per provider. API
 * keys are looked up here (environment, then the user's credentials file) and handed only to the client
 * that needs them; every client scrubs its key from the errors it reports.
 */
public final class DefaultModelClientFactory implements ModelClientFactory, AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final String ANTHROPIC_KEY_ENV = "ANTHROPIC_API_KEY";
    public static final String GEMINI_KEY_ENV = "GEMINI_API_KEY";

    private final ApiKeyResolver keys;
    private final Duration defaultTimeout;
    private final ModelClientFactory ggufFactory;
    private final GgufClientFactory localModels;
    private final TextEmbedder embedder;
    private final ScheduledExecutorService timer;
    private final Clock clock = Clock.systemUTC();
    private final NetworkSettings network;

    /**
     * @param ggufFactory builds clients for GGUF models, or {@code null} for the standard one: a child JVM
     *                    per model file, reached through the OpenAI-compatible client
     */
    public DefaultModelClientFactory(ApiKeyResolver keys, Duration defaultTimeout, ModelClientFactory ggufFactory,
                                     TextEmbedder embedder) {
        this(keys, defaultTimeout, ggufFactory, embedder, NetworkSettings.jdkDefaults());
    }

    /** @param network the proxy and trusted certificate authorities for every provider connection */
    public DefaultModelClientFactory(ApiKeyResolver keys, Duration defaultTimeout, ModelClientFactory ggufFactory,
                                     TextEmbedder embedder, NetworkSettings network) {
        this.network = network;
        this.keys = keys;
        this.defaultTimeout = defaultTimeout;
        this.ggufFactory = ggufFactory;
        this.embedder = embedder;
        this.localModels = new GgufClientFactory(this::openAiCompatible, GgufProcess::start);
        ScheduledThreadPoolExecutor timeouts = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sidebench-call-timeouts");
            t.setDaemon(true);
            return t;
        });
        timeouts.setRemoveOnCancelPolicy(true);
        this.timer = timeouts;
    }

    /** Keys from the environment and the user's credentials file; GGUF models in child JVMs. */
    public static DefaultModelClientFactory standard() {
        return new DefaultModelClientFactory(ApiKeyResolver.standard(), DEFAULT_TIMEOUT, null, new OnnxTextEmbedder(),
                NetworkSettings.standard());
    }

    @Override
    public ModelClient create(ModelConfig config) {
        return switch (config.provider()) {
            case OPENAI_COMPATIBLE -> openAiCompatible(config, requireUrl(config));
            case OLLAMA -> new OllamaModelClient(optionalUrl(config), requireModel(config), config.params(),
                    runner(optionalUrl(config) == null ? OllamaModelClient.DEFAULT_BASE_URL : config.baseUrl(), null,
                            null, ConnectionDecorators.resolve(config, keys)));
            case ANTHROPIC -> {
                String key = keys.require(config.name(), keyEnv(config, ANTHROPIC_KEY_ENV));
                String url = optionalUrl(config);
                yield new AnthropicModelClient(url, requireModel(config), key, config.params(),
                        runner(url == null ? AnthropicModelClient.DEFAULT_BASE_URL : url, key,
                                keyEnv(config, ANTHROPIC_KEY_ENV), ConnectionDecorators.resolve(config, keys)));
            }
            case GEMINI -> {
                String key = keys.require(config.name(), keyEnv(config, GEMINI_KEY_ENV));
                String url = optionalUrl(config);
                yield new GeminiModelClient(url, requireModel(config), key, config.params(),
                        runner(url == null ? GeminiModelClient.DEFAULT_BASE_URL : url, key,
                                keyEnv(config, GEMINI_KEY_ENV), ConnectionDecorators.resolve(config, keys)));
            }
            case AZURE_OPENAI -> AzureClients.create(config, requireUrl(config), requireModel(config), keys, clock,
                    (url, secret, variable, resolved) -> runner(url, secret, variable, resolved));
            case BEDROCK -> BedrockClients.create(config, requireModel(config), optionalUrl(config), keys,
                    java.nio.file.Path.of(System.getProperty("user.home")), clock,
                    (url, secret, variable, resolved) -> runner(url, secret, variable, resolved));
            case VERTEX -> VertexClients.create(config, requireModel(config), optionalUrl(config), keys,
                    java.nio.file.Path.of(System.getProperty("user.home")), network, clock,
                    (url, secret, variable, resolved) -> runner(url, secret, variable, resolved));
            case GGUF -> (ggufFactory == null ? localModels : ggufFactory).create(config);
            case BASELINE_EXTRACTIVE -> new ExtractiveBaselineClient(embedder, 1);
            case BASELINE_REFERENCE -> new ReferenceBaselineClient();
            case IMPORTED -> throw new IllegalArgumentException("model '" + config.name()
                    + "' holds imported answers only; Sidebench cannot ask it (add it again with a provider to run it)");
        };
    }

    /**
     * An OpenAI-compatible client for {@code config} at {@code baseUrl} (also how a GGUF child server,
     * which speaks this protocol, is reached). The key is required only when the config names one.
     */
    public ModelClient openAiCompatible(ModelConfig config, String baseUrl) {
        String key = config.apiKeyEnv() == null || config.apiKeyEnv().isBlank() ? null
                : keys.require(config.name(), config.apiKeyEnv());
        return new OpenAiCompatibleClient(checkUrl(config, baseUrl), requireModel(config), key, config.params(),
                runner(baseUrl, key, config.apiKeyEnv(), ConnectionDecorators.resolve(config, keys)));
    }

    private StreamingCallRunner runner(String baseUrl, String key, String keyVariable,
                                       ConnectionDecorators.Resolved connection) {
        List<String> secrets = new ArrayList<>(connection.secrets());
        if (key != null) {
            secrets.add(key);
        }
        return new StreamingCallRunner(baseUrl, timer, defaultTimeout,
                new SecretScrubber(secrets, connection.laterSecrets()), clock,
                keyVariable == null || keyVariable.isBlank() ? null : keyVariable, network, connection.decorator());
    }

    private static String keyEnv(ModelConfig config, String fallback) {
        return config.apiKeyEnv() == null || config.apiKeyEnv().isBlank() ? fallback : config.apiKeyEnv();
    }

    private static String requireModel(ModelConfig config) {
        if (config.model() == null || config.model().isBlank()) {
            throw new IllegalArgumentException("model '" + config.name() + "': no model name (--model)");
        }
        return config.model();
    }

    private static String requireUrl(ModelConfig config) {
        if (config.baseUrl() == null || config.baseUrl().isBlank()) {
            throw new IllegalArgumentException("model '" + config.name() + "': no base URL (--base-url)");
        }
        return checkUrl(config, config.baseUrl());
    }

    private static String optionalUrl(ModelConfig config) {
        return config.baseUrl() == null || config.baseUrl().isBlank() ? null : checkUrl(config, config.baseUrl());
    }

    private static String checkUrl(ModelConfig config, String url) {
        try {
            return BaseUrlPolicy.check(url).url();
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("model '" + config.name() + "': " + bad.getMessage(), bad);
        }
    }

    @Override
    public void close() {
        localModels.close();
        timer.shutdownNow();
    }
}
