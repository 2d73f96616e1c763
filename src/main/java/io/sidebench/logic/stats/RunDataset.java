package io.sidebench.logic.stats;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.Score;
import io.sidebench.model.Vote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything statistics need about one run, copied out of the store (so it can be handed to a
 * background thread): the run's models in run order, prompts by id, completions without chunk timings,
 * scores, votes and annotations.
 */
public record RunDataset(Run run, List<ModelConfig> models, Map<Long, Prompt> prompts, List<Completion> completions,
                         List<Score> scores, List<Vote> votes, List<Annotation> annotations) {
    public RunDataset {
        models = List.copyOf(models);
        prompts = Map.copyOf(prompts);
        completions = List.copyOf(completions);
        scores = List.copyOf(scores);
        votes = List.copyOf(votes);
        annotations = List.copyOf(annotations);
    }

    public static RunDataset load(ProjectStore store, long runId) {
        Run run = store.runs().get(runId).orElseThrow(() -> new IllegalArgumentException("no run with id " + runId));
        List<ModelConfig> models = new ArrayList<>();
        for (long id : run.modelIds()) {
            store.models().get(id).ifPresent(models::add);
        }
        Map<Long, Prompt> prompts = new LinkedHashMap<>();
        for (Prompt p : store.promptSets().prompts(run.promptSetId())) {
            prompts.put(p.id(), p);
        }
        return new RunDataset(run, models, prompts, store.completions().forRun(runId, false),
                store.scores().forRun(runId), store.votes().forRun(runId), store.annotations().forRun(runId));
    }

    public List<Long> modelIds() {
        return models.stream().map(ModelConfig::id).toList();
    }

    public List<String> modelNames() {
        return models.stream().map(ModelConfig::displayName).toList();
    }

    public String modelName(long id) {
        return models.stream().filter(m -> m.id() == id).map(ModelConfig::displayName).findFirst()
                .orElse("model " + id);
    }

    /** The category of a prompt; "(none)" when it has none. */
    public String category(long promptId) {
        Prompt p = prompts.get(promptId);
        return p == null || p.category() == null || p.category().isBlank() ? "(none)" : p.category();
    }

    /** The scorer ids present, in first-seen order. */
    public List<String> scorerIds() {
        return scores.stream().map(Score::scorer).distinct().toList();
    }
}
