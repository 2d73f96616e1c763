package io.sidebench.logic.providers.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderCatalogueTest {
    @TempDir
    Path dir;

    @Test
    void bundledCatalogueHasEveryPresetWithAUrlAndHosting() {
        ProviderCatalogue catalogue = ProviderCatalogue.bundled();
        assertThat(catalogue.presets()).extracting(ProviderPreset::id).contains("openai", "deepseek", "qwen",
                "moonshot", "zhipu", "yi", "siliconflow", "openrouter", "together", "groq", "anthropic", "gemini",
                "ollama", "lmstudio", "llamacpp", "vllm");
        assertThat(catalogue.presets()).allSatisfy(p -> {
            assertThat(p.baseUrl()).startsWith("http");
            assertThat(p.jurisdiction()).isNotBlank();
            assertThat(p.kind()).isNotNull();
        });
        assertThat(catalogue.presets()).filteredOn(p -> !p.isLocal()).allSatisfy(p -> assertThat(p.apiKeyEnv())
                .matches("[A-Z_]+"));
        assertThat(catalogue.localServers()).extracting(ProviderPreset::baseUrl).containsExactly(
                "http://127.0.0.1:11434", "http://127.0.0.1:1234/v1", "http://127.0.0.1:8080/v1",
                "http://127.0.0.1:8000/v1");
        assertThat(catalogue.pricesAsOf()).matches("\\d{4}-\\d{2}-\\d{2}");
        ModelProfile profile = catalogue.find("deepseek").orElseThrow().profileFor("deepseek-chat");
        assertThat(profile.openWeights()).isTrue();
        assertThat(profile.jurisdiction()).isEqualTo("China");
        assertThat(profile.pricePerMillionInput()).isNotNull();
    }

    @Test
    void userFileChangesFieldsReplacesModelsAndAddsProviders() throws Exception {
        Path user = dir.resolve("providers.json");
        Files.writeString(user, """
                {"providers": [
                  {"id": "openai", "baseUrl": "https://proxy.example/v1",
                   "models": [{"name": "gpt-4o-mini", "openWeights": false, "input": 0.1, "output": 0.2},
                              {"name": "my-finetune", "openWeights": false, "input": 1, "output": 2}]},
                  {"id": "lab", "name": "Our lab server", "provider": "openai-compatible",
                   "baseUrl": "http://10.0.0.5:8000/v1", "jurisdiction": "Germany", "local": false, "models": []}
                ]}""");
        ProviderCatalogue catalogue = ProviderCatalogue.load(user);
        ProviderPreset openai = catalogue.find("openai").orElseThrow();
        assertThat(openai.baseUrl()).isEqualTo("https://proxy.example/v1");
        assertThat(openai.apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
        assertThat(openai.model("gpt-4o-mini").orElseThrow().input()).isEqualTo(0.1);
        assertThat(openai.model("gpt-4o").orElseThrow().input()).isEqualTo(2.5);
        assertThat(openai.model("my-finetune")).isPresent();
        assertThat(catalogue.find("lab").orElseThrow().kind()).isEqualTo(ProviderKind.OPENAI_COMPATIBLE);
    }

    @Test
    void aBrokenUserFileIsReportedWithLineAndColumn() throws Exception {
        Path user = dir.resolve("providers.json");
        Files.writeString(user, "{\"providers\": [\n  {\"id\": \"x\",, }\n]}");
        assertThatThrownBy(() -> ProviderCatalogue.load(user)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(user + ":2:");
        Files.writeString(user, "{\"providers\": [{\"id\": \"x\", \"provider\": \"telepathy\"}]}");
        assertThatThrownBy(() -> ProviderCatalogue.load(user)).hasMessageContaining("telepathy");
    }

    @Test
    void discoveryListsModelsOfServersThatAnswer() {
        try (StubLlmServer ollama = StubLlmServer.start(); StubLlmServer vllm = StubLlmServer.start()) {
            ollama.advertise("llama3.2:3b", "qwen2.5:7b");
            vllm.script("Qwen/Qwen2.5-7B-Instruct", StubScript.ok());
            int closedPort;
            try (StubLlmServer gone = StubLlmServer.start()) {
                closedPort = gone.port();
            }
            List<ProviderPreset> presets = List.of(
                    new ProviderPreset("ollama", "Ollama", "ollama", ollama.baseUrl(), null, "Local", true, null),
                    new ProviderPreset("vllm", "vLLM", "openai-compatible", vllm.openAiBaseUrl(), null, "Local", true,
                            null),
                    new ProviderPreset("lmstudio", "LM Studio", "openai-compatible",
                            "http://127.0.0.1:" + closedPort + "/v1", null, "Local", true, null));
            List<LocalServerDiscovery.FoundServer> found = new LocalServerDiscovery(Duration.ofSeconds(5))
                    .probe(presets);
            assertThat(found).extracting(LocalServerDiscovery.FoundServer::presetId).containsExactly("ollama", "vllm");
            assertThat(found.get(0).models()).containsExactly("llama3.2:3b", "qwen2.5:7b");
            assertThat(found.get(1).models()).containsExactly("Qwen/Qwen2.5-7B-Instruct");
            assertThat(ollama.requests()).extracting(r -> r.path()).containsExactly("/api/tags");
        }
    }
}
