package io.sidebench.logic.providers.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.logic.providers.baseline.ExtractiveBaselineClient;
import io.sidebench.logic.providers.baseline.ReferenceBaselineClient;
import io.sidebench.logic.providers.lc4j.AnthropicModelClient;
import io.sidebench.logic.providers.lc4j.GeminiModelClient;
import io.sidebench.logic.providers.lc4j.OllamaModelClient;
import io.sidebench.logic.providers.lc4j.OpenAiCompatibleClient;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultModelClientFactoryTest {
    static final String SENTINEL = "sk-SENTINEL-0123456789abcdef0123456789";
    @TempDir
    Path home;
    private final StubLlmServer server = StubLlmServer.start();
    private DefaultModelClientFactory factory;

    private DefaultModelClientFactory factory(Map<String, String> env) {
        factory = new DefaultModelClientFactory(new ApiKeyResolver(env::get,
                new CredentialsStore(home.resolve("credentials.properties"))), Duration.ofSeconds(10), null,
                texts -> texts.stream().map(t -> new float[] {t.length(), 1}).toList());
        return factory;
    }

    @AfterEach
    void stop() {
        server.close();
        if (factory != null) {
            factory.close();
        }
    }

    private static ModelConfig config(ProviderKind kind, String url, String model, String keyEnv) {
        return new ModelConfig(0, "m1", kind, url, model, keyEnv, null, null, null);
    }

    @Test
    void buildsOneClientClassPerProvider() {
        DefaultModelClientFactory f = factory(Map.of("K", "key-value-1", "ANTHROPIC_API_KEY", "a-key-1234",
                "GEMINI_API_KEY", "g-key-1234"));
        assertThat(f.create(config(ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(), "x", "K")))
                .isInstanceOf(OpenAiCompatibleClient.class);
        assertThat(f.create(config(ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(), "x", null)))
                .isInstanceOf(OpenAiCompatibleClient.class);
        assertThat(f.create(config(ProviderKind.OLLAMA, null, "llama3", null))).isInstanceOf(OllamaModelClient.class);
        assertThat(f.create(config(ProviderKind.ANTHROPIC, null, "claude", null)))
                .isInstanceOf(AnthropicModelClient.class);
        assertThat(f.create(config(ProviderKind.GEMINI, null, "gemini-2.5-flash", null)))
                .isInstanceOf(GeminiModelClient.class);
        assertThat(f.create(config(ProviderKind.BASELINE_REFERENCE, null, null, null)))
                .isInstanceOf(ReferenceBaselineClient.class);
        assertThat(f.create(config(ProviderKind.BASELINE_EXTRACTIVE, null, null, null)))
                .isInstanceOf(ExtractiveBaselineClient.class);
    }

    @Test
    void refusesConfigurationsThatCannotWork() {
        DefaultModelClientFactory f = factory(Map.of());
        assertThatThrownBy(() -> f.create(config(ProviderKind.OPENAI_COMPATIBLE, null, "x", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no base URL");
        assertThatThrownBy(() -> f.create(config(ProviderKind.OPENAI_COMPATIBLE, "ftp://x", "x", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> f.create(config(ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no model name");
        assertThatThrownBy(() -> f.create(config(ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(), "x",
                "MISSING_KEY_VAR"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MISSING_KEY_VAR").hasMessageContaining("credentials set");
        assertThatThrownBy(() -> f.create(config(ProviderKind.ANTHROPIC, null, "claude", null)))
                .hasMessageContaining("ANTHROPIC_API_KEY");
        assertThatThrownBy(() -> f.create(new ModelConfig(0, "g", ProviderKind.GGUF, null, null, null, "/x.gguf",
                null, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GGUF file not found");
    }

    @Test
    void ggufIsDelegatedWhenWired() {
        ModelClient stub = (request, listener, cancel) -> null;
        try (DefaultModelClientFactory f = new DefaultModelClientFactory(new ApiKeyResolver(k -> null,
                new CredentialsStore(home.resolve("c.properties"))), Duration.ofSeconds(5), config -> stub, null)) {
            assertThat(f.create(new ModelConfig(0, "g", ProviderKind.GGUF, null, null, null, "/x.gguf", null, null)))
                    .isSameAs(stub);
        }
    }

    @Test
    void keyComesFromTheCredentialsFileWhenTheEnvironmentLacksIt() {
        new CredentialsStore(home.resolve("credentials.properties")).put("STORED_KEY", "stored-secret-value-42");
        server.defaultScript(StubScript.ok());
        ModelClient client = factory(Map.of()).create(config(ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(),
                "x", "STORED_KEY"));
        ModelResult result = client.complete(new ChatRequest(List.of(ChatMessage.user("hi")), null, null, null),
                StreamListener.NONE, CancelToken.none());
        assertThat(result.isOk()).isTrue();
        assertThat(server.chatRequests().get(0).header("authorization")).isEqualTo("Bearer stored-secret-value-42");
    }

    @Test
    void aSentinelKeyNeverAppearsInAnErrorEvenWhenTheServerEchoesIt() {
        server.defaultScript(StubScript.status(401));
        for (ProviderKind kind : List.of(ProviderKind.OPENAI_COMPATIBLE, ProviderKind.ANTHROPIC, ProviderKind.GEMINI)) {
            String url = kind == ProviderKind.OPENAI_COMPATIBLE ? server.openAiBaseUrl() : server.baseUrl();
            ModelClient client = factory(Map.of("SENTINEL_KEY", SENTINEL))
                    .create(config(kind, url, "x", "SENTINEL_KEY"));
            ModelResult result = client.complete(new ChatRequest(List.of(ChatMessage.user("hi")), null, null, null),
                    StreamListener.NONE, CancelToken.none());
            assertThat(result.isOk()).isFalse();
            assertThat(result.error()).doesNotContain(SENTINEL).doesNotContain(SENTINEL.substring(0, 16))
                    .doesNotContain(SENTINEL.substring(SENTINEL.length() - 8));
            factory.close();
        }
        assertThat(server.requests().get(0).header("authorization")).contains(SENTINEL);
    }

    @Test
    void openAiCompatibleFailureKindsComeThroughTheFactory() {
        server.defaultScript(StubScript.status(401));
        ModelResult result = factory(Map.of("K", SENTINEL)).create(config(ProviderKind.OPENAI_COMPATIBLE,
                server.openAiBaseUrl(), "x", "K")).complete(new ChatRequest(List.of(ChatMessage.user("hi")), null,
                null, null), StreamListener.NONE, CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(result.error()).startsWith("the API key was refused (HTTP 401) — check the key in K: Incorrect API key provided: Bearer [secret]");
    }
}
