package io.sidebench.gui.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.providers.catalogue.LocalServerDiscovery;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.check.CredentialSources;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.providers.gguf.GgufModelFile;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.BedrockStubServer;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The add-model form for Azure OpenAI, AWS Bedrock and Google Vertex: their fields, validation in the
 * user's words, what is stored (names and options, never secrets), the credential source shown, and
 * "Test connection" against loopback servers that speak each protocol.
 */
class AddModelEnterpriseTest {
    private static final String AZURE_KEY = "azkey-SENTINEL-0123456789abcdef01";
    private static final String KEY_ID = "AKIATESTSIDEBENCH01";
    private static final String AWS_SECRET = "aws-secret-SENTINEL-3c9d1e7f5a2b4c6d8e0f";
    private static final String GOOGLE_TOKEN = "ya29.gui-SENTINEL-token-4b7c9d2e1f";
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Map<String, String> env = new HashMap<>();
    @TempDir
    Path dir;
    private DefaultModelClientFactory factory;
    private final StubLlmServer llm = StubLlmServer.start();
    private HttpServer oauth;

    @AfterEach
    void stop() {
        llm.close();
        if (oauth != null) {
            oauth.stop(0);
        }
        if (factory != null) {
            factory.close();
        }
    }

    private ModelServices services() {
        CredentialsStore store = new CredentialsStore(dir.resolve("config").resolve(CredentialsStore.FILE_NAME));
        ApiKeyResolver keys = new ApiKeyResolver(env::get, store);
        factory = new DefaultModelClientFactory(keys, Duration.ofSeconds(20), null, texts -> List.of());
        ModelServices.Keys userKeys = new ModelServices.Keys() {
            @Override
            public boolean isSet(String variable) {
                return keys.find(variable).isPresent();
            }

            @Override
            public void save(String variable, String key) {
                store.put(variable, key);
            }
        };
        ModelServices.Discovery none = new ModelServices.Discovery() {
            @Override
            public List<LocalServerDiscovery.FoundServer> servers() {
                return List.of();
            }

            @Override
            public List<GgufModelFile> ggufFiles() {
                return List.of();
            }
        };
        CredentialSources sources = new CredentialSources(n -> keys.find(n).orElse(null), dir.resolve("home"), "Linux");
        return new ModelServices(() -> factory, ProviderCatalogue.bundled(), userKeys, none, (k, u, v) -> List.of(),
                sources, ModelServices.Network.unavailable());
    }

    private AddModelViewModel form(ModelServices services, ProviderKind kind) {
        AddModelViewModel vm = new AddModelViewModel(messages, services.catalogue(), services.keyIsSet(), n -> false,
                null, null, SourceMemory.inMemory(), services.sources());
        vm.sourceProperty().set(vm.sources().stream().filter(s -> !s.isPreset() && s.kind() == kind).findFirst()
                .orElseThrow());
        return vm;
    }

    /** Adds the form's model to a new project and runs "Test connection" on it; returns the result line. */
    private String addAndTest(ModelServices services, AddModelViewModel vm, Path project) {
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            ModelsViewModel models = new ModelsViewModel(store, new SameThreadTaskExecutor(), messages, services);
            models.add(vm.toConfig());
            ModelConfig added = models.models().get(0);
            models.checks().test(added);
            return models.checks().results().get(added.id());
        }
    }

    @Test
    void azureFormValidatesStoresOptionsAndTestsTheDeployment() throws Exception {
        env.put("AZURE_OPENAI_API_KEY", AZURE_KEY);
        ModelServices services = services();
        AddModelViewModel vm = form(services, ProviderKind.AZURE_OPENAI);
        vm.nameProperty().set("az");
        assertThat(vm.validationProperty().get()).isEqualTo("Enter your Azure resource endpoint, like https://NAME.openai.azure.com.");
        vm.baseUrlProperty().set("https://YOUR-RESOURCE.openai.azure.com");
        assertThat(vm.validationProperty().get()).contains("YOUR-RESOURCE");
        vm.baseUrlProperty().set(llm.baseUrl());
        assertThat(vm.validationProperty().get()).startsWith("Enter the deployment name");
        vm.modelProperty().set("gpt-4o-prod");
        vm.azure().apiVersionProperty().set("latest");
        assertThat(vm.validationProperty().get()).startsWith("The api-version is a date");
        vm.azure().apiVersionProperty().set("2024-10-21");
        assertThat(vm.validationProperty().get()).isEmpty();
        assertThat(vm.keyStatusProperty().get()).isEqualTo("Key variable AZURE_OPENAI_API_KEY is set.");
        vm.keyEnvProperty().set(AZURE_KEY);
        assertThat(vm.validationProperty().get()).startsWith("The key field takes the NAME");
        vm.keyEnvProperty().set("");

        // Entra ID: a token variable's name, not the token
        vm.azure().authProperty().set(AzureForm.Auth.ENTRA);
        vm.azure().tokenEnvProperty().set("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9abc");
        assertThat(vm.validationProperty().get()).startsWith("The token field takes the NAME");
        vm.azure().tokenEnvProperty().set("MY_ENTRA");
        assertThat(vm.keyStatusProperty().get()).contains("MY_ENTRA is NOT set");
        assertThat(vm.toConfig().connection().options()).containsEntry("auth", "entra").containsEntry("token-env", "MY_ENTRA");
        assertThat(vm.toConfig().apiKeyEnv()).isNull();
        vm.azure().authProperty().set(AzureForm.Auth.KEY);

        ModelConfig config = vm.toConfig();
        assertThat(config.provider()).isEqualTo(ProviderKind.AZURE_OPENAI);
        assertThat(config.apiKeyEnv()).isEqualTo("AZURE_OPENAI_API_KEY");
        assertThat(config.connection().options()).containsExactly(Map.entry("api-version", "2024-10-21"));

        llm.script("gpt-4o-prod", StubScript.ok().answerText("hello from azure"));
        Path project = dir.resolve("az.sidebench");
        String result = addAndTest(services, vm, project);
        assertThat(result).startsWith("TTFT");
        RecordedRequest sent = llm.chatRequests().get(0);
        assertThat(sent.path()).isEqualTo("/openai/deployments/gpt-4o-prod/chat/completions");
        assertThat(sent.query()).isEqualTo("api-version=2024-10-21");
        assertThat(sent.header("api-key")).isEqualTo(AZURE_KEY);
        assertThat(new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1)).doesNotContain(AZURE_KEY);
    }

    @Test
    void bedrockFormShowsTheCredentialSourceAndTestsASignedStream() throws Exception {
        ModelServices services = services();
        AddModelViewModel vm = form(services, ProviderKind.BEDROCK);
        assertThat(vm.keyStatusProperty().get()).startsWith("No AWS credentials found");
        env.put("AWS_ACCESS_KEY_ID", KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", AWS_SECRET);
        vm.bedrock().regionProperty().set("EU Central");
        vm.nameProperty().set("br");
        vm.modelProperty().set("us.deepseek.r1-v1:0");
        assertThat(vm.validationProperty().get()).isEqualTo("Enter an AWS region like us-east-1 or eu-central-1.");
        vm.bedrock().regionProperty().set("us-west-2");
        assertThat(vm.validationProperty().get()).isEmpty();
        assertThat(vm.keyStatusProperty().get()).isEqualTo(
                "AWS credentials found in the environment variables (key id AKIA\u2026CH01).")
                .doesNotContain(AWS_SECRET);

        // a preset's standard endpoint follows the region; a gateway in front of Bedrock is kept
        vm.baseUrlProperty().set("https://bedrock-runtime.us-west-2.amazonaws.com");
        assertThat(vm.toConfig().baseUrl()).isNull();
        assertThat(vm.toConfig().profile().dataHandling()).endsWith("Region: us-west-2.");
        try (BedrockStubServer bedrock = new BedrockStubServer(KEY_ID, AWS_SECRET, "us-west-2")) {
            vm.baseUrlProperty().set(bedrock.baseUrl());
            ModelConfig config = vm.toConfig();
            assertThat(config.apiKeyEnv()).isNull();
            assertThat(config.connection().options()).containsExactly(Map.entry("region", "us-west-2"));
            Path project = dir.resolve("br.sidebench");
            assertThat(addAndTest(services, vm, project)).startsWith("TTFT");
            assertThat(bedrock.paths()).containsExactly("/model/us.deepseek.r1-v1%3A0/converse-stream");
            assertThat(new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1)).doesNotContain(AWS_SECRET);
        }
    }

    @Test
    void bedrockWithoutCredentialsSaysSoBeforeCalling() throws Exception {
        ModelServices services = services();
        AddModelViewModel vm = form(services, ProviderKind.BEDROCK);
        vm.nameProperty().set("br");
        vm.modelProperty().set("meta.llama3-1-70b-instruct-v1:0");
        assertThat(addAndTest(services, vm, dir.resolve("none.sidebench")))
                .startsWith("Failed: no AWS credentials found");
    }

    @Test
    void vertexFormTakesProjectAndLocationFromTheCredentialsFileAndTestsGemini() throws Exception {
        oauth = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        oauth.createContext("/token", exchange -> {
            byte[] bytes = ("{\"access_token\":\"" + GOOGLE_TOKEN + "\",\"expires_in\":3599}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        oauth.start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair()
                .getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        Path account = Files.writeString(dir.resolve("sa.json"), Json.write(Map.of("type", "service_account",
                "project_id", "acme-risk", "private_key", pem, "client_email", "bench@acme-risk.iam.gserviceaccount.com",
                "token_uri", "http://127.0.0.1:" + oauth.getAddress().getPort() + "/token")));
        ModelServices services = services();
        AddModelViewModel vm = form(services, ProviderKind.VERTEX);
        assertThat(vm.keyStatusProperty().get()).startsWith("No Google credentials found");
        env.put("GOOGLE_APPLICATION_CREDENTIALS", account.toString());
        vm.sourceProperty().set(vm.sources().get(0));
        vm.sourceProperty().set(vm.sources().stream().filter(s -> s.kind() == ProviderKind.VERTEX).findFirst().orElseThrow());
        assertThat(vm.vertex().projectProperty().get()).isEqualTo("acme-risk");
        assertThat(vm.vertex().locationProperty().get()).isEqualTo("us-central1");
        assertThat(vm.keyStatusProperty().get()).contains(account.toString(), "bench@acme-risk.iam.gserviceaccount.com")
                .doesNotContain("PRIVATE KEY");
        vm.nameProperty().set("vx");
        assertThat(vm.validationProperty().get()).isEqualTo("Enter the model name, like gemini-2.0-flash-001.");
        vm.modelProperty().set("gemini-2.0-flash-001");
        vm.vertex().projectProperty().set("Acme Risk");
        assertThat(vm.validationProperty().get()).startsWith("A project id has lower-case letters");
        vm.vertex().projectProperty().set("acme-risk");
        vm.vertex().locationProperty().set("europe-west4");
        vm.baseUrlProperty().set(llm.baseUrl());
        ModelConfig config = vm.toConfig();
        assertThat(config.connection().options()).containsEntry("project", "acme-risk")
                .containsEntry("region", "europe-west4").doesNotContainKey("api");
        llm.script("gemini-2.0-flash-001", StubScript.ok().answerText("hello from vertex"));
        Path project = dir.resolve("vx.sidebench");
        assertThat(addAndTest(services, vm, project)).startsWith("TTFT");
        RecordedRequest sent = llm.chatRequests().get(0);
        assertThat(sent.path()).isEqualTo("/v1/projects/acme-risk/locations/europe-west4/publishers/google/models/"
                + "gemini-2.0-flash-001:streamGenerateContent");
        assertThat(sent.header("authorization")).isEqualTo("Bearer " + GOOGLE_TOKEN);
        assertThat(new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1)).doesNotContain(GOOGLE_TOKEN);
    }

    @Test
    void gatewayHeadersRefuseLiteralSecretsWarnOnKeyShapedValuesAndResolveEnvAtTheServer() throws Exception {
        env.put("GW_TOKEN", "gw-SENTINEL-7d3a9c1e5b2f4a60");
        ModelServices services = services();
        AddModelViewModel vm = form(services, ProviderKind.OPENAI_COMPATIBLE);
        vm.nameProperty().set("gw");
        vm.baseUrlProperty().set(llm.openAiBaseUrl());
        vm.modelProperty().set("m1");
        ConnectionForm.Entry key = vm.connection().addHeader();
        key.nameProperty().set("X-Portkey-Api-Key");
        key.valueProperty().set("pk-literal-secret");
        assertThat(vm.validationProperty().get()).startsWith("The header X-Portkey-Api-Key looks like it carries a secret")
                .doesNotContain("pk-literal-secret");
        key.valueProperty().set("env:pk-Literal-Secret-0123456789ABCDEF");
        assertThat(vm.validationProperty().get()).startsWith("The header X-Portkey-Api-Key: after env:");
        key.valueProperty().set("env:GW_TOKEN");
        ConnectionForm.Entry team = vm.connection().addHeader();
        team.nameProperty().set("Host");
        assertThat(vm.validationProperty().get()).contains("set by the HTTP client");
        team.nameProperty().set("X-Team");
        team.valueProperty().set("Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZg");
        assertThat(vm.validationProperty().get()).isEmpty();
        assertThat(vm.connection().warningProperty().get()).contains("X-Team looks like a key");
        team.valueProperty().set("risk-eval");
        assertThat(vm.connection().warningProperty().get()).isEmpty();
        ConnectionForm.Entry tenant = vm.connection().addQuery();
        tenant.nameProperty().set("tenant");
        tenant.valueProperty().set("acme");
        ModelConfig config = vm.toConfig();
        assertThat(config.connection().headers()).containsExactly(Map.entry("X-Portkey-Api-Key", "env:GW_TOKEN"),
                Map.entry("X-Team", "risk-eval"));
        assertThat(config.connection().query()).containsExactly(Map.entry("tenant", "acme"));

        Path project = dir.resolve("gw.sidebench");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            ModelsViewModel models = new ModelsViewModel(store, new SameThreadTaskExecutor(), messages, services);
            models.add(config);
            ModelConfig added = models.models().get(0);
            // editable after adding: a header is changed and one added, saved with the profile
            assertThat(models.connection().headers()).hasSize(2);
            models.connection().headers().get(1).valueProperty().set("risk-eval-2");
            ConnectionForm.Entry more = models.connection().addHeader();
            more.nameProperty().set("X-Api-Token");
            more.valueProperty().set("literal");
            assertThat(models.validationProperty().get()).contains("X-Api-Token looks like it carries a secret");
            more.valueProperty().set("env:GW_TOKEN");
            models.save();
            ModelConfig saved = store.models().find("gw").orElseThrow();
            assertThat(saved.connection().headers()).containsEntry("X-Team", "risk-eval-2")
                    .containsEntry("X-Api-Token", "env:GW_TOKEN");
            models.checks().test(saved);
            assertThat(models.checks().results().get(added.id())).startsWith("TTFT");
        }
        RecordedRequest sent = llm.chatRequests().get(0);
        assertThat(sent.header("x-portkey-api-key")).isEqualTo("gw-SENTINEL-7d3a9c1e5b2f4a60");
        assertThat(sent.header("x-team")).isEqualTo("risk-eval-2");
        assertThat(sent.query()).isEqualTo("tenant=acme");
        assertThat(new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1))
                .doesNotContain("gw-SENTINEL-7d3a9c1e5b2f4a60");
    }

    @Test
    void eachProviderNamesTheCredentialsItReads() {
        ModelConfig bedrock = new ModelConfig(0, "b", ProviderKind.BEDROCK, null, "m", null, null, null, null,
                new ConnectionSettings(Map.of("X-Gw", "env:GW_TOKEN"), Map.of(), Map.of("region", "us-east-1")));
        assertThat(CredentialNeeds.of(bedrock)).extracting(CredentialNeeds.Need::variable)
                .containsExactly("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "GW_TOKEN");
        ModelConfig entra = new ModelConfig(0, "a", ProviderKind.AZURE_OPENAI, "https://r.openai.azure.com", "d", null,
                null, null, null, new ConnectionSettings(Map.of(), Map.of(), Map.of("auth", "entra", "token-env", "TOK")));
        assertThat(CredentialNeeds.of(entra)).extracting(CredentialNeeds.Need::variable).containsExactly("TOK");
        ModelConfig azureKey = new ModelConfig(0, "a", ProviderKind.AZURE_OPENAI, "https://r.openai.azure.com", "d",
                null, null, null, null);
        assertThat(CredentialNeeds.of(azureKey)).extracting(CredentialNeeds.Need::variable)
                .containsExactly("AZURE_OPENAI_API_KEY");
        ModelConfig vertex = new ModelConfig(0, "v", ProviderKind.VERTEX, null, "g", null, null, null, null);
        assertThat(CredentialNeeds.of(vertex)).isEmpty();
        assertThat(KeyEditor.takesKey(bedrock)).isTrue();
        assertThat(KeyEditor.takesKey(new ModelConfig(0, "o", ProviderKind.OLLAMA, null, "q", null, null, null, null)))
                .isFalse();
    }
}
