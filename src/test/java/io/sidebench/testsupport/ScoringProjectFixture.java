package io.sidebench.testsupport;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Turn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small project with one prompt set, some models, one run and its completions, for tests. */
public final class ScoringProjectFixture {
    public final ProjectStore store;
    public final PromptSet set;
    public final List<Prompt> prompts;
    public final List<ModelConfig> models = new ArrayList<>();
    public final Run run;

    /** One prompt: question, reference (may be null), category (may be null). */
    public record PromptSpec(String question, String reference, String category) {
    }

    @FunctionalInterface
    public interface Answers {
        /** The answer of model {@code m} to prompt {@code p}; {@code null} for a failed completion. */
        String answer(int m, int p);
    }

    public ScoringProjectFixture(Path dir, List<PromptSpec> specs, List<String> modelNames) throws Exception {
        store = ProjectStore.create(dir.resolve("fixture.sidebench"), "fixture");
        set = store.promptSets().importSet("set", "fixture", "test", sink -> {
            for (int i = 0; i < specs.size(); i++) {
                PromptSpec s = specs.get(i);
                sink.add(new Prompt(0, "p" + i, i, null, List.of(new Turn(s.question(), s.reference())),
                        s.category(), Map.of(), List.of()));
            }
        });
        prompts = store.promptSets().prompts(set.id());
        for (String name : modelNames) {
            models.add(store.models().add(new ModelConfig(0, name, ProviderKind.OPENAI_COMPATIBLE,
                    "http://127.0.0.1:1", name, null, null, null, null)));
        }
        run = store.runs().create(new Run(0, "run", set.id(), models.stream().map(ModelConfig::id).toList(), 1, 1,
                RunStatus.FINISHED, Instant.EPOCH, Instant.EPOCH));
    }

    public List<Completion> answer(Answers answers) {
        return answer(answers, (m, p) -> Metrics.NONE);
    }

    public List<Completion> answer(Answers answers, java.util.function.BiFunction<Integer, Integer, Metrics> metrics) {
        List<Completion> out = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            for (int p = 0; p < prompts.size(); p++) {
                String text = answers.answer(m, p);
                CellKey cell = new CellKey(run.id(), prompts.get(p).id(), models.get(m).id(), 0);
                CompletionStatus status = text == null ? CompletionStatus.ERROR : CompletionStatus.OK;
                out.add(store.completions().save(new Completion(0, cell, status, text == null ? "" : text,
                        List.of(text == null ? "" : text), null, text == null ? "HTTP 500" : null,
                        metrics.apply(m, p), List.of(), false, 1, Instant.EPOCH)));
            }
        }
        return out;
    }
}
