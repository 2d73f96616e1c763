package io.sidebench.logic.samples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportOptions;
import io.sidebench.logic.prompts.PromptImportService;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.run.CacheMode;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.run.RunEngine;
import io.sidebench.logic.run.RunOptions;
import io.sidebench.logic.run.RunProgressListener;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.scoring.ScorerCatalog;
import io.sidebench.logic.scoring.ScoringService;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.Objectives;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Risk;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.Run;
import io.sidebench.model.ScaleType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a sample project file from its source folder ({@code project.yaml}, {@code models.yaml},
 * the prompt file): objectives and rubric, the prompt set, every model with its profile and risks, a
 * finished run of the models named in {@code project.yaml} (the offline baselines), and its scores.
 */
public final class SampleProjectBuilder {
    /** What was built. */
    public record Result(Path file, int prompts, int models, long runId, int completions, int scores) {
    }

    private final ModelClientFactory clients;
    private final ScorerCatalog scorers;
    private final RunClock clock;

    public SampleProjectBuilder(ModelClientFactory clients, ScorerCatalog scorers, RunClock clock) {
        this.clients = clients;
        this.scorers = scorers;
        this.clock = clock;
    }

    /** Builds {@code target} from {@code source}; refuses to overwrite an existing file. */
    public Result build(Path source, Path target) throws IOException, ImportException, InterruptedException {
        ObjectMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        SampleSpec.Project project = read(yaml, source.resolve("project.yaml"), SampleSpec.Project.class);
        SampleSpec.Models models = read(yaml, source.resolve("models.yaml"), SampleSpec.Models.class);
        if (project.promptSet() == null || project.promptSet().file() == null) {
            throw new IllegalArgumentException(source.resolve("project.yaml") + ": promptSet.file is missing");
        }
        Path prompts = source.resolve(project.promptSet().file());
        try (ProjectStore store = ProjectStore.create(target, project.title())) {
            store.meta().saveObjectives(new Objectives(project.title(), project.goal(), project.successCriteria(),
                    rubric(project)));
            PromptSet set = new PromptImportService(PromptImporters.standard()).importFile(store, prompts,
                    project.promptSet().name(), ImportOptions.defaults());
            for (SampleSpec.Model m : models.models()) {
                store.models().add(model(m));
            }
            SampleSpec.RunSpec runSpec = project.run();
            List<Long> runModels = new ArrayList<>();
            for (String name : runSpec.models()) {
                runModels.add(store.models().find(name).orElseThrow(() -> new IllegalArgumentException(
                        source.resolve("project.yaml") + ": run model '" + name + "' is not in models.yaml")).id());
            }
            RunEngine engine = new RunEngine(store, clients, MetricsCalculator.withCl100k(), clock);
            Run run = engine.createRun(runSpec.name(), set.id(), runModels,
                    runSpec.repeats() == null ? 1 : runSpec.repeats(), runSpec.seed() == null ? 42 : runSpec.seed());
            RunResult result = engine.start(run.id(), new RunOptions(SchedulerSettings.of(2, Duration.ofMinutes(2)),
                    CacheMode.OFF), RunProgressListener.NONE).await();
            if (result.errors() > 0) {
                throw new IllegalStateException(target + ": " + result.errors() + " baseline answers failed");
            }
            new ScoringService(store).scoreRun(run.id(), scorers.create(project.scorers()), null, CancelToken.none());
            return new Result(target, set.promptCount(), models.models().size(), run.id(),
                    store.completions().countForRun(run.id()), store.scores().forRun(run.id()).size());
        }
    }

    private static <T> T read(ObjectMapper yaml, Path file, Class<T> type) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": not found");
        }
        try {
            return yaml.readValue(file.toFile(), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var where = e.getLocation();
            throw new IllegalArgumentException(file + (where == null ? "" : ":" + where.getLineNr() + ":"
                    + where.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        }
    }

    static List<RubricDimension> rubric(SampleSpec.Project project) {
        List<RubricDimension> out = new ArrayList<>();
        for (SampleSpec.Rubric r : project.rubric() == null ? List.<SampleSpec.Rubric>of() : project.rubric()) {
            boolean passFail = r.scale() != null && r.scale().replace("_", "-").equalsIgnoreCase("pass-fail");
            out.add(new RubricDimension(r.name(), passFail ? ScaleType.PASS_FAIL : ScaleType.NUMERIC,
                    r.min() == null ? 1 : r.min(), r.max() == null ? 5 : r.max(), r.description()));
        }
        return out;
    }

    static ModelConfig model(SampleSpec.Model m) {
        Map<String, Object> p = m.params() == null ? Map.of() : m.params();
        ModelParams params = new ModelParams(number(p.get("temperature")), number(p.get("topP")),
                p.get("maxTokens") == null ? null : ((Number) p.get("maxTokens")).intValue(),
                p.get("seed") == null ? null : ((Number) p.get("seed")).intValue(), (String) p.get("systemPrompt"),
                (Boolean) p.get("reasoning"));
        SampleSpec.Profile f = m.profile();
        ModelProfile profile = f == null ? ModelProfile.EMPTY : new ModelProfile(f.openWeights(), f.licence(),
                f.jurisdiction(), f.dataHandling(), f.pricePerMillionInput(), f.pricePerMillionOutput(),
                f.flexibility(), f.community(), f.risks() == null ? List.of() : f.risks().stream()
                .map(r -> new Risk(r.category(), r.description(), r.impact(), r.likelihood(), r.mitigation())).toList());
        return new ModelConfig(0, m.name(), ProviderKind.fromId(m.provider()), m.baseUrl(), m.model(), m.apiKeyEnv(),
                m.path(), params, profile);
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
