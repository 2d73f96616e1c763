package io.sidebench.logic.results;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Score;
import io.sidebench.model.Vote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a run's rows are joined with, read once: models, scores (kept compact: one {@code double[]}
 * per completion, NaN where a scorer has no value), annotations and vote tallies. Completions and
 * prompts are not held here; {@link RunRows} reads them page by page.
 */
final class RowJoin {
    private final long runId;
    private final Map<Long, ModelConfig> models;
    private final List<String> scorers;
    private final Map<Long, double[]> scores = new HashMap<>();
    private final Map<Long, List<Annotation>> annotations;
    private final Map<Long, VoteTally> human = new HashMap<>();
    private final Map<Long, VoteTally> judge = new HashMap<>();

    RowJoin(ProjectStore store, long runId) {
        this.runId = runId;
        this.models = store.models().list().stream().collect(Collectors.toMap(ModelConfig::id, Function.identity()));
        List<Score> all = store.scores().forRun(runId);
        TreeSet<String> names = new TreeSet<>();
        for (Score s : all) {
            if (s.value() != null) {
                names.add(s.scorer());
            }
        }
        this.scorers = List.copyOf(names);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < scorers.size(); i++) {
            index.put(scorers.get(i), i);
        }
        for (Score s : all) {
            if (s.value() != null) {
                scores.computeIfAbsent(s.completionId(), k -> {
                    double[] values = new double[scorers.size()];
                    java.util.Arrays.fill(values, Double.NaN);
                    return values;
                })[index.get(s.scorer())] = s.value();
            }
        }
        this.annotations = store.annotations().forRun(runId).stream()
                .collect(Collectors.groupingBy(Annotation::completionId));
        for (Vote v : store.votes().forRun(runId)) {
            Map<Long, VoteTally> target = v.judge() ? judge : human;
            tally(target, v.leftCompletionId(), v, true);
            tally(target, v.rightCompletionId(), v, false);
        }
    }

    /** Scorers with at least one value in the run, sorted. */
    List<String> scorers() {
        return scorers;
    }

    ResultRow row(Completion c, Prompt prompt) {
        ModelConfig model = models.get(c.cell().modelId());
        Map<String, Double> rowScores = null;
        double[] values = scores.get(c.id());
        if (values != null) {
            rowScores = new TreeMap<>();
            for (int i = 0; i < values.length; i++) {
                // SQLite cannot hold a NaN, so NaN here only marks a scorer that did not score this completion
                if (!Double.isNaN(values[i])) {
                    rowScores.put(scorers.get(i), values[i]);
                }
            }
        }
        return new ResultRow(c.id(), runId, c.cell().promptId(),
                prompt == null ? "?" : prompt.key(), prompt == null ? -1 : prompt.ordinal(),
                prompt == null ? null : prompt.category(), prompt == null ? null : prompt.system(),
                prompt == null ? "" : ResultsQuery.promptText(prompt), prompt == null ? null : prompt.finalReference(),
                c.cell().modelId(), model == null ? "model " + c.cell().modelId() : model.name(),
                model != null && model.isBaseline(), c.cell().repeat(), c.status(), c.text(), c.error(),
                c.metrics(), c.cached(), rowScores, annotations.get(c.id()), human.get(c.id()), judge.get(c.id()),
                c.attempts(), c.retries(), c.backoffMs(), c.wallMs());
    }

    private static void tally(Map<Long, VoteTally> target, long completionId, Vote v, boolean left) {
        VoteTally t = target.getOrDefault(completionId, VoteTally.NONE);
        VoteTally next = switch (v.outcome()) {
            case LEFT -> left ? t.plus(1, 0, 0, 0) : t.plus(0, 1, 0, 0);
            case RIGHT -> left ? t.plus(0, 1, 0, 0) : t.plus(1, 0, 0, 0);
            case TIE -> t.plus(0, 0, 1, 0);
            case BOTH_BAD -> t.plus(0, 0, 0, 1);
        };
        target.put(completionId, next);
    }
}
