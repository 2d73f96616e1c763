package io.sidebench.logic.answers;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A run's answers found by prompt (id or text) and model name, for judgments, votes and ratings from files. */
final class RunCells {
    record Cell(Prompt prompt, long modelId, Completion completion) {
    }

    /** A cell, or why there is none. */
    record Found(Cell cell, String problem) {
    }

    private final PromptIndex prompts;
    private final Map<String, Long> models = new HashMap<>();
    private final Map<Long, Map<Long, Completion>> completions = new HashMap<>();

    RunCells(ProjectStore store, Run run) {
        this.prompts = new PromptIndex(store.promptSets().prompts(run.promptSetId()));
        for (long id : run.modelIds()) {
            store.models().get(id).map(ModelConfig::name).ifPresent(n -> models.put(n, id));
        }
        for (Completion c : store.completions().forRun(run.id(), false)) {
            if (c.cell().repeat() == 0 && c.isOk()) {
                completions.computeIfAbsent(c.cell().promptId(), k -> new HashMap<>()).put(c.cell().modelId(), c);
            }
        }
    }

    Found find(String promptId, List<String> promptText, String model) {
        PromptIndex.Match m = prompts.find(promptId, promptText);
        if (m.prompt() == null) {
            return new Found(null, m.problem() + " in the run's prompt set");
        }
        if (model == null || model.isBlank()) {
            return new Found(null, "the record names no model");
        }
        Long modelId = models.get(model.strip());
        if (modelId == null) {
            return new Found(null, "model " + ImportProblems.quote(model) + " is not in the run (models: "
                    + String.join(", ", models.keySet().stream().sorted().toList()) + ")");
        }
        Completion c = completions.getOrDefault(m.prompt().id(), Map.of()).get(modelId);
        if (c == null) {
            return new Found(null, "the run has no answer of " + ImportProblems.quote(model) + " to prompt "
                    + ImportProblems.quote(m.prompt().key()));
        }
        return new Found(new Cell(m.prompt(), modelId, c), null);
    }
}
