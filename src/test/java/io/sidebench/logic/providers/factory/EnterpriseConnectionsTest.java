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
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gateway headers and query parameters, and Azure OpenAI's URL, api-version, api-key and error shapes. */
class EnterpriseConnectionsTest {
    private static final String GATEWAY_SECRET = "gw-sentinel-7d3a9c1e5b2f4a60";
    private static final String AZURE_KEY = "azkey0123456789abcdef0123456789ab";
    private static final String ENTRA_TOKEN = "eyJ0eXAiOiJKV1Qi.entra-sentinel-token.sig42";
    private final StubLlmServer server = StubLlmServer.start();
    @TempDir
    Path home;
    private DefaultModelClientFactory factory;

    @AfterEach
    void stop() {
        server.close();
        if (factory != null) {
            factory.close();
        }
    }

    private ModelResult call(ModelConfig config) {
        factory = new DefaultModelClientFactory(new ApiKeyResolver(Map.of("GW_TOKEN", GATEWAY_SECRET,
                "AZURE_OPENAI_API_KEY", AZURE_KEY, "MY_ENTRA", ENTRA_TOKEN)::get,
                new CredentialsStore(home.resolve("credentials.properties"))), Duration.ofSeconds(20), null,
                texts -> List.of());
        try (ModelClient client = factory.create(config)) {
            return client.complete(new ChatRequest(List.of(ChatMessage.user("hi")), null, null, null),
                    StreamListener.NONE, CancelToken.none());
        }
    }

    private static ConnectionSettings connection(Map<String, String> headers, Map<String, String> query,
                                                 Map<String, String> options) {
        return new ConnectionSettings(headers, query, options);
    }

    @Test
    void gatewayHeadersAndQueryReachTheServerWithEnvValuesResolved() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Team", "risk-eval");
        headers.put("X-Portkey-Api-Key", "env:GW_TOKEN");
        ModelConfig config = new ModelConfig(0, "gw", ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(), "m1",
                null, null, null, null, connection(headers, Map.of("tenant", "acme corp"), Map.of()));
        ModelResult result = call(config);
        assertThat(result.isOk()).as(result.error()).isTrue();
        RecordedRequest sent = server.chatRequests().get(0);
        assertThat(sent.header("x-team")).isEqualTo("risk-eval");
        assertThat(sent.header("x-portkey-api-key")).isEqualTo(GATEWAY_SECRET);
        assertThat(sent.query()).isEqualTo("tenant=acme%20corp");
    }

    @Test
    void aGatewayErrorEchoingTheHeaderValueIsScrubbed() {
        server.defaultScript(StubScript.status(401));
        ModelConfig config = new ModelConfig(0, "gw", ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(), "m1",
                null, null, null, null, connection(Map.of("X-Gw-Key", "env:GW_TOKEN"), Map.of(), Map.of()));
        ModelResult result = call(config);
        assertThat(result.failure()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(result.error()).doesNotContain(GATEWAY_SECRET);
    }

    @Test
    void unsetHeaderVariableIsNamedNotGuessed() {
        ModelConfig config = new ModelConfig(0, "gw", ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(), "m1",
                null, null, null, null, connection(Map.of("X-Gw-Key", "env:NOT_SET_ANYWHERE"), Map.of(), Map.of()));
        assertThatThrownBy(() -> call(config)).hasMessageContaining("X-Gw-Key").hasMessageContaining("NOT_SET_ANYWHERE");
    }

    @Test
    void azureUsesDeploymentUrlApiVersionAndApiKeyHeader() {
        server.script("gpt-4o-prod", StubScript.ok().answerText("hello from azure"));
        ModelConfig config = new ModelConfig(0, "az", ProviderKind.AZURE_OPENAI, server.baseUrl(), "gpt-4o-prod",
                null, null, null, null, connection(Map.of(), Map.of(), Map.of("api-version", "2024-10-21")));
        ModelResult result = call(config);
        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.text()).isEqualTo("hello from azure");
        RecordedRequest sent = server.chatRequests().get(0);
        assertThat(sent.path()).isEqualTo("/openai/deployments/gpt-4o-prod/chat/completions");
        assertThat(sent.query()).isEqualTo("api-version=2024-10-21");
        assertThat(sent.header("api-key")).isEqualTo(AZURE_KEY);
        assertThat(sent.header("authorization")).isNull();
    }

    @Test
    void azureEntraTokenGoesAsBearerFromAVariableOrACommand() {
        ModelConfig fromVar = new ModelConfig(0, "az", ProviderKind.AZURE_OPENAI, server.baseUrl(), "dep", null, null,
                null, null, connection(Map.of(), Map.of(), Map.of("auth", "entra", "token-env", "MY_ENTRA")));
        assertThat(call(fromVar).isOk()).isTrue();
        factory.close();
        ModelConfig fromCommand = fromVar.withConnection(connection(Map.of(), Map.of(),
                Map.of("auth", "entra", "token-command", "echo cmd-token-5e6f7a8b9c0d")));
        assertThat(call(fromCommand).isOk()).isTrue();
        List<RecordedRequest> sent = server.chatRequests();
        assertThat(sent.get(0).header("authorization")).isEqualTo("Bearer " + ENTRA_TOKEN);
        assertThat(sent.get(0).header("api-key")).isNull();
        assertThat(sent.get(0).query()).isEqualTo("api-version=2024-10-21");
        assertThat(sent.get(1).header("authorization")).isEqualTo("Bearer cmd-token-5e6f7a8b9c0d");
    }

    @Test
    void azureFailingTokenCommandSaysSoWithoutItsOutput() {
        ModelConfig config = new ModelConfig(0, "az", ProviderKind.AZURE_OPENAI, server.baseUrl(), "dep", null, null,
                null, null, connection(Map.of(), Map.of(), Map.of("auth", "entra", "token-command",
                "echo leaked-output-1234; exit 3")));
        assertThatThrownBy(() -> call(config)).hasMessageContaining("exit code 3").hasMessageNotContaining("leaked");
    }

    @Test
    void azureThrottlingCarriesRetryAfterAndAuthFailureNamesTheKeyVariable() {
        server.script("busy", StubScript.rateLimited("7"));
        ModelResult throttled = call(new ModelConfig(0, "az", ProviderKind.AZURE_OPENAI, server.baseUrl(), "busy", null,
                null, null, null));
        assertThat(throttled.failure()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        factory.close();
        server.script("locked", StubScript.status(401));
        ModelResult refused = call(new ModelConfig(0, "az", ProviderKind.AZURE_OPENAI, server.baseUrl(), "locked", null,
                null, null, null));
        assertThat(refused.failure()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(refused.error()).contains("AZURE_OPENAI_API_KEY").doesNotContain(AZURE_KEY);
    }

    @Test
    void connectionSettingsAreStoredWithTheModelAsVariableNamesOnly() throws Exception {
        Path file = home.resolve("p.sidebench");
        ModelConfig config = new ModelConfig(0, "gw", ProviderKind.AZURE_OPENAI, "https://r.openai.azure.com", "dep",
                null, null, null, null, connection(Map.of("X-Gw-Key", "env:GW_TOKEN", "X-Team", "risk"),
                Map.of("tenant", "acme"), Map.of("api-version", "2025-01-01-preview")));
        try (ProjectStore store = ProjectStore.create(file, "t")) {
            store.models().add(config);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            ModelConfig back = store.models().find("gw").orElseThrow();
            assertThat(back.connection()).isEqualTo(config.connection());
            assertThat(back.provider()).isEqualTo(ProviderKind.AZURE_OPENAI);
            assertThat(back.params()).isEqualTo(config.params());
        }
        assertThat(Files.readAllBytes(file)).asString(java.nio.charset.StandardCharsets.ISO_8859_1)
                .doesNotContain(GATEWAY_SECRET);
    }
}
