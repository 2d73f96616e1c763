package io.sidebench.logic.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.sidebench.logic.prompts.ImportOptions;
import io.sidebench.logic.prompts.PromptImportService;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.scoring.ScorerCatalog;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.RunStatus;
import io.sidebench.model.ScaleType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectBuilderTest {
    static final Path SOURCES = Path.of("sample-projects/src");

    @TempDir
    Path dir;

    /** The real sample sources: every file parses, 40+ prompts with references, presets for every provider. */
    @ParameterizedTest
    @ValueSource(strings = {"patient-communication", "financial-reports", "support-bilingual"})
    void sampleSourcesAreComplete(String name) throws Exception {
        Path source = SOURCES.resolve(name);
        YAMLMapper yaml = new YAMLMapper();
        SampleSpec.Project project = yaml.readValue(source.resolve("project.yaml").toFile(), SampleSpec.Project.class);
        assertThat(project.title()).isNotBlank();
        assertThat(project.goal()).isNotBlank();
        assertThat(project.successCriteria()).isNotBlank();
        assertThat(SampleProjectBuilder.rubric(project)).hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(d -> d.scale() == ScaleType.PASS_FAIL);
        List<ModelConfig> models = yaml.readValue(source.resolve("models.yaml").toFile(), SampleSpec.Models.class)
                .models().stream().map(SampleProjectBuilder::model).toList();
        assertThat(models).extracting(ModelConfig::provider).contains(ProviderKind.BASELINE_REFERENCE,
                ProviderKind.BASELINE_EXTRACTIVE, ProviderKind.OLLAMA, ProviderKind.ANTHROPIC);
        assertThat(models.stream().map(ModelConfig::name).collect(Collectors.joining(" ")))
                .contains("deepseek", "qwen", "glm", "gpt");
        assertThat(models.stream().filter(m -> !m.isBaseline() && m.provider() != ProviderKind.OLLAMA))
                .allSatisfy(m -> assertThat(m.apiKeyEnv()).matches("[A-Z_]+_API_KEY"))
                .allSatisfy(m -> assertThat(m.profile().risks()).isNotEmpty());
        assertThat(project.run().models()).allSatisfy(r -> assertThat(models).anyMatch(m -> m.name().equals(r)));

        try (ProjectStore store = ProjectStore.create(dir.resolve(name + ".sidebench"), name)) {
            var set = new PromptImportService(PromptImporters.standard()).importFile(store,
                    source.resolve(project.promptSet().file()), project.promptSet().name(), ImportOptions.defaults());
            assertThat(set.promptCount()).isGreaterThanOrEqualTo(40);
            List<Prompt> prompts = store.promptSets().prompts(set.id());
            assertThat(prompts).allSatisfy(p -> {
                assertThat(p.finalReference()).as(p.key()).isNotBlank();
                assertThat(p.category()).as(p.key()).isNotBlank();
                assertThat(p.system()).as(p.key()).isNotBlank();
            });
            assertThat(prompts.stream().map(Prompt::category).distinct().count()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void bilingualSampleHasBothLanguages() throws Exception {
        String text = Files.readString(SOURCES.resolve("support-bilingual/prompts.jsonl"));
        long chinese = text.lines().filter(l -> l.contains("\"language\":\"zh\"") || l.contains("\"language\": \"zh\"")).count();
        long english = text.lines().count() - chinese;
        assertThat(chinese).isGreaterThanOrEqualTo(15);
        assertThat(english).isGreaterThanOrEqualTo(15);
    }

    @Test
    void buildsAProjectWithAFinishedScoredBaselineRun() throws Exception {
        Path source = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(source.resolve("project.yaml"), """
                title: "Tiny"
                goal: "g"
                successCriteria: "s"
                rubric:
                  - {name: accuracy, scale: numeric, min: 1, max: 5}
                  - {name: safety, scale: pass-fail}
                promptSet: {name: tiny, file: prompts.jsonl}
                scorers: [rougeL, chrf, length]
                run: {name: baselines, models: [reference-answers], repeats: 1, seed: 3}
                """);
        Files.writeString(source.resolve("models.yaml"), """
                models:
                  - name: reference-answers
                    provider: baseline-reference
                  - name: api-model
                    provider: openai-compatible
                    baseUrl: "http://127.0.0.1:9/v1"
                    model: m
                    apiKeyEnv: SOME_API_KEY
                    params: {temperature: 0.0, maxTokens: 100}
                    profile: {openWeights: false, pricePerMillionInput: 1.5, pricePerMillionOutput: 3,
                              risks: [{category: Data, description: d, impact: high, likelihood: low, mitigation: m}]}
                """);
        Files.writeString(source.resolve("prompts.jsonl"), """
                {"id": "a", "category": "x", "prompt": "Say hi", "reference": "Hi there"}
                {"id": "b", "category": "y", "prompt": "你好吗", "reference": "我很好"}
                """);
        try (DefaultModelClientFactory clients = DefaultModelClientFactory.standard()) {
            buildTiny(source, clients);
        }
    }

    private void buildTiny(Path source, ModelClientFactory clients) throws Exception {
        ScorerCatalog catalog = new ScorerCatalog(null, n -> {
            throw new IllegalArgumentException(n);
        });
        Path target = dir.resolve("tiny.sidebench");
        SampleProjectBuilder.Result result = new SampleProjectBuilder(clients, catalog, RunClock.SYSTEM)
                .build(source, target);
        assertThat(result.prompts()).isEqualTo(2);
        assertThat(result.completions()).isEqualTo(2);
        assertThat(result.scores()).isEqualTo(6);
        try (ProjectStore store = ProjectStore.open(target)) {
            assertThat(store.meta().objectives().rubric()).hasSize(2);
            assertThat(store.runs().list()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.FINISHED));
            assertThat(store.scores().forRun(result.runId())).filteredOn(s -> s.scorer().equals("rougeL"))
                    .allSatisfy(s -> assertThat(s.value()).isEqualTo(1.0));
            ModelConfig api = store.models().find("api-model").orElseThrow();
            assertThat(api.params().temperature()).isEqualTo(0.0);
            assertThat(api.profile().risks()).hasSize(1);
            assertThat(api.profile().pricePerMillionOutput()).isEqualTo(3.0);
        }
        assertThatThrownBy(() -> new SampleProjectBuilder(clients, catalog, RunClock.SYSTEM).build(source, target))
                .hasMessageContaining("already exists");
    }
}
