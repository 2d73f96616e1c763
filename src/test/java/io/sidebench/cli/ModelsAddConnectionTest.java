package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.net.NetworkSettings;
import io.sidebench.logic.providers.secrets.UserConfigDir;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code models add} with gateway headers / query, Azure options, and the global {@code --ca-bundle}. */
class ModelsAddConnectionTest {
    private static final String PASTED = "sk-pasted-secret-0a1b2c3d4e5f6a7b";
    @TempDir
    Path dir;
    private Path project;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        System.setProperty(UserConfigDir.PROPERTY, dir.resolve("config").toString());
        project = dir.resolve("p.sidebench");
        assertThat(run("new", project.toString())).isZero();
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(UserConfigDir.PROPERTY);
        System.clearProperty(NetworkSettings.CA_BUNDLE_PROPERTY);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private ModelConfig stored(String name) {
        try (ProjectStore store = ProjectStore.open(project)) {
            return store.models().find(name).orElseThrow();
        }
    }

    @Test
    void headersAndQueryAreStoredWithSecretsAsVariableNames() {
        assertThat(run("models", project.toString(), "add", "--name", "gw", "--provider", "openai-compatible",
                "--base-url", "https://gateway.corp.example/v1", "--model", "deepseek-chat",
                "--header", "X-Portkey-Api-Key=env:PORTKEY_KEY", "--header", "X-Team=risk",
                "--query", "tenant=acme")).as(err).isZero();
        assertThat(out).contains("headers X-Portkey-Api-Key, X-Team", "query tenant");
        ModelConfig gw = stored("gw");
        assertThat(gw.connection().headers()).containsExactly(Map.entry("X-Portkey-Api-Key", "env:PORTKEY_KEY"),
                Map.entry("X-Team", "risk"));
        assertThat(gw.connection().query()).containsExactly(Map.entry("tenant", "acme"));
    }

    @Test
    void aPastedSecretHeaderIsRefusedWithoutRepeatingIt() throws Exception {
        assertThat(run("models", project.toString(), "add", "--name", "gw", "--provider", "openai-compatible",
                "--base-url", "https://gateway.corp.example/v1", "--model", "m", "--header",
                "Authorization=Bearer " + PASTED)).isNotZero();
        assertThat(err).contains("env:VARIABLE").doesNotContain(PASTED);
        assertThat(Files.readAllBytes(project)).asString(StandardCharsets.ISO_8859_1).doesNotContain(PASTED);
        assertThat(run("models", project.toString(), "add", "--name", "gw", "--provider", "openai-compatible",
                "--base-url", "https://gateway.corp.example/v1", "--model", "m", "--header", "Host=evil")).isNotZero();
    }

    @Test
    void azureNeedsEndpointAndDeploymentAndKeepsItsOptions() {
        assertThat(run("models", project.toString(), "add", "--name", "az", "--provider", "azure-openai",
                "--model", "gpt-4o-prod")).isNotZero();
        assertThat(err).contains("resource endpoint");
        assertThat(run("models", project.toString(), "add", "--name", "az", "--provider", "azure-openai",
                "--base-url", "https://contoso.openai.azure.com", "--model", "gpt-4o-prod",
                "--api-version", "2025-01-01-preview", "--auth", "entra", "--token-command",
                "az account get-access-token --query accessToken -o tsv")).as(err).isZero();
        ModelConfig az = stored("az");
        assertThat(az.provider()).isEqualTo(ProviderKind.AZURE_OPENAI);
        assertThat(az.connection().options()).containsEntry("api-version", "2025-01-01-preview")
                .containsEntry("auth", "entra").containsKey("token-command");
        assertThat(run("models", project.toString(), "add", "--name", "x", "--provider", "openai-compatible",
                "--base-url", "https://a.example/v1", "--model", "m", "--api-version", "1")).isNotZero();
        assertThat(err).contains("azure-openai");
    }

    @Test
    void bedrockAndVertexKeepRegionAndProject() {
        assertThat(run("models", project.toString(), "add", "--name", "br", "--provider", "bedrock",
                "--model", "anthropic.claude-3-5-haiku-20241022-v1:0", "--region", "eu-central-1")).as(err).isZero();
        assertThat(stored("br").connection().options()).containsEntry("region", "eu-central-1");
        assertThat(run("models", project.toString(), "add", "--name", "br-preset", "--preset", "bedrock",
                "--model", "us.deepseek.r1-v1:0", "--region", "eu-central-1")).as(err).isZero();
        assertThat(stored("br-preset").profile().openWeights()).isTrue();
        assertThat(stored("br-preset").profile().jurisdiction()).contains("AWS");
        assertThat(stored("br-preset").profile().dataHandling()).contains("does not receive them")
                .endsWith("Region: eu-central-1.");
        assertThat(run("models", project.toString(), "add", "--name", "vx", "--provider", "vertex",
                "--model", "gemini-2.0-flash-001", "--region", "europe-west4", "--project", "acme-risk")).as(err).isZero();
        assertThat(stored("vx").connection().options()).containsEntry("region", "europe-west4")
                .containsEntry("project", "acme-risk");
        assertThat(run("models", project.toString(), "add", "--name", "bad", "--provider", "bedrock",
                "--model", "m", "--region", "EU Central")).isNotZero();
    }

    @Test
    void globalCaBundleOptionIsAcceptedBeforeOrAfterTheCommand() {
        assertThat(run("--ca-bundle", dir.resolve("corp.pem").toString(), "models", project.toString(), "list"))
                .as(err).isZero();
        assertThat(System.getProperty(NetworkSettings.CA_BUNDLE_PROPERTY)).endsWith("corp.pem");
        System.clearProperty(NetworkSettings.CA_BUNDLE_PROPERTY);
        assertThat(run("models", project.toString(), "list", "--ca-bundle", dir.resolve("b.pem").toString()))
                .as(err).isZero();
        assertThat(System.getProperty(NetworkSettings.CA_BUNDLE_PROPERTY)).endsWith("b.pem");
    }
}
