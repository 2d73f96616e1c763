package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.providers.secrets.UserConfigDir;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ModelConfig;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {
    static final String SENTINEL = "sk-SENTINEL-9f8e7d6c5b4a39281706abcdef";
    @TempDir
    Path dir;
    private final StubLlmServer server = StubLlmServer.start();
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
        server.close();
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
    void addListTestRemoveAnOpenAiCompatibleModel() {
        server.script("fast", StubScript.ok().ttft(40).rate(250).tokens(12));
        assertThat(run("models", project.toString(), "add", "--name", "fast", "--provider", "openai-compatible",
                "--base-url", server.openAiBaseUrl(), "--model", "fast", "--param", "temperature=0",
                "--param", "max_tokens=100", "--param", "seed=42", "--param", "system=Be brief.",
                "--param", "reasoning=off")).as(err).isZero();
        assertThat(out).contains("Added model 'fast'");
        ModelConfig fast = stored("fast");
        assertThat(fast.params().temperature()).isEqualTo(0.0);
        assertThat(fast.params().maxTokens()).isEqualTo(100);
        assertThat(fast.params().seed()).isEqualTo(42);
        assertThat(fast.params().systemPrompt()).isEqualTo("Be brief.");
        assertThat(fast.params().reasoning()).isFalse();

        assertThat(run("models", project.toString(), "list")).isZero();
        assertThat(out).contains("fast").contains("openai-compatible").contains("temperature=0.0");

        assertThat(run("models", project.toString(), "test", "fast")).as(err).isZero();
        assertThat(out).contains("model 'fast': ok").contains("TTFT").contains("tokens        12")
                .contains("tokens/s");
        assertThat(server.chatRequests()).hasSize(1);
        assertThat(server.chatRequests().get(0).systemText()).isEqualTo("Be brief.");
        assertThat(server.chatRequests().get(0).json().path("enable_thinking").asBoolean(true)).isFalse();

        assertThat(run("models", project.toString(), "remove", "fast")).isZero();
        assertThat(run("models", project.toString(), "list", "--json")).isZero();
        assertThat(Json.read(out, JsonNode.class).size()).isZero();
    }

    @Test
    void testAnOllamaModelAndShowReasoningDelay() {
        server.script("qwen3", StubScript.ok().ttft(30).reasoning(5).tokens(5));
        assertThat(run("models", project.toString(), "add", "--name", "q", "--provider", "ollama", "--base-url",
                server.baseUrl(), "--model", "qwen3")).isZero();
        assertThat(run("models", project.toString(), "test", "q")).as(err).isZero();
        assertThat(out).contains("first answer").contains("tokens        10");
    }

    @Test
    void presetFillsUrlKeyVariableModelAndProfile() {
        assertThat(run("models", project.toString(), "add", "--name", "ds", "--preset", "deepseek")).as(err).isZero();
        ModelConfig ds = stored("ds");
        assertThat(ds.baseUrl()).isEqualTo("https://api.deepseek.com/v1");
        assertThat(ds.apiKeyEnv()).isEqualTo("DEEPSEEK_API_KEY");
        assertThat(ds.model()).isEqualTo("deepseek-chat");
        assertThat(ds.profile().openWeights()).isTrue();
        assertThat(ds.profile().jurisdiction()).isEqualTo("China");
        assertThat(ds.profile().pricePerMillionOutput()).isNotNull();
        assertThat(run("models", project.toString(), "list", "--json")).isZero();
        JsonNode row = Json.read(out, JsonNode.class).get(0);
        assertThat(row.path("apiKeyEnv").asText()).isEqualTo("DEEPSEEK_API_KEY");
        assertThat(row.path("apiKeyAvailable").isBoolean()).isTrue();
    }

    @Test
    void baselinesAreLabelled() {
        assertThat(run("models", project.toString(), "add", "--name", "extract", "--provider",
                "baseline-extractive")).isZero();
        assertThat(out).contains("Added baseline 'extract'").contains("a baseline, not a model");
        assertThat(run("models", project.toString(), "add", "--name", "ref", "--provider", "baseline-reference"))
                .isZero();
        assertThat(run("models", project.toString(), "list")).isZero();
        assertThat(out).contains("extract (baseline)").contains("ref (baseline)");
        assertThat(run("models", project.toString(), "test", "ref")).as(err).isZero();
        assertThat(out).contains("ok").contains("ready");
    }

    @Test
    void mistakesGiveOneLineErrors() throws Exception {
        assertThat(run("models", project.toString(), "add", "--name", "x", "--provider", "openai-compatible",
                "--model", "m")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("error: missing --base-url (or --preset)");
        assertThat(run("models", project.toString(), "add", "--name", "x", "--provider", "carrier-pigeon")).isEqualTo(1);
        assertThat(err).contains("unknown provider 'carrier-pigeon'");
        assertThat(run("models", project.toString(), "add", "--name", "x", "--provider", "ollama", "--model", "m",
                "--param", "temperature=7")).isEqualTo(1);
        assertThat(err).contains("temperature");
        assertThat(run("models", project.toString(), "add", "--name", "x", "--provider", "gguf", "--path",
                dir.resolve("none.gguf").toString())).isEqualTo(1);
        assertThat(err).contains("none.gguf: file not found");
        Path gguf = Files.writeString(dir.resolve("tiny.gguf"), "GGUF");
        assertThat(run("models", project.toString(), "add", "--name", "g", "--provider", "gguf", "--path",
                gguf.toString())).isZero();
        assertThat(run("models", project.toString(), "test", "g")).isEqualTo(1);
        assertThat(err).contains("tiny.gguf"); // a 4-byte "GGUF" file is refused before any child starts
        assertThat(run("models", project.toString(), "test", "nope")).isEqualTo(1);
        assertThat(err).contains("no model named 'nope'");
        assertThat(err.lines().count()).isEqualTo(1);
    }

    @Test
    void rateLimitIsReportedWithRetryAfter() {
        server.defaultScript(StubScript.rateLimited("2"));
        run("models", project.toString(), "add", "--name", "m", "--provider", "openai-compatible", "--base-url",
                server.openAiBaseUrl(), "--model", "m");
        assertThat(run("models", project.toString(), "test", "m")).isEqualTo(1);
        assertThat(err).contains("rate limited (HTTP 429); the server asks to wait 2 s");
    }

    @Test
    void aSentinelKeyNeverReachesTheProjectFileOrAnyMessage() throws Exception {
        new CredentialsStore(UserConfigDir.resolve().resolve(CredentialsStore.FILE_NAME)).put("SENTINEL_VAR", SENTINEL);
        server.defaultScript(StubScript.status(401));
        assertThat(run("models", project.toString(), "add", "--name", "m", "--provider", "openai-compatible",
                "--base-url", server.openAiBaseUrl(), "--model", "m", "--api-key-env", "SENTINEL_VAR")).isZero();
        StringBuilder everything = new StringBuilder(out + err);
        assertThat(run("models", project.toString(), "test", "m")).isEqualTo(1);
        everything.append(out).append(err);
        assertThat(err).contains("the API key was refused (HTTP 401) — check the key in SENTINEL_VAR");
        run("models", project.toString(), "list", "--json");
        everything.append(out).append(err);
        run("models", project.toString(), "list");
        everything.append(out).append(err);
        // pasting the key where its variable's name belongs is refused, and the key is not repeated
        assertThat(run("models", project.toString(), "add", "--name", "oops", "--provider", "openai-compatible",
                "--base-url", server.openAiBaseUrl(), "--model", "m", "--api-key-env", SENTINEL)).isEqualTo(1);
        everything.append(out).append(err);

        assertThat(server.chatRequests().get(0).header("authorization")).isEqualTo("Bearer " + SENTINEL);
        assertThat(everything.toString()).doesNotContain(SENTINEL).doesNotContain(SENTINEL.substring(0, 16));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(SENTINEL).doesNotContain("SENTINEL-9f8e");
            }
        }
    }
}
