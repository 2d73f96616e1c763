package io.sidebench.logic.results;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.Score;
import io.sidebench.model.Turn;
import io.sidebench.model.Vote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joins a run's completions with their prompts, models, scores, annotations and votes, using the
 * store's repositories only (one query per table, joined in memory).
 */
public final class ResultsQuery {
    private final ProjectStore store;

    public ResultsQuery(ProjectStore store) {
        this.store = store;
    }

    /**
     * Finds a run by id or by name; with {@code null} or blank, the latest run.
     *
     * @throws IllegalArgumentException with a one-line reason when there is no such run
     */
    public Run resolveRun(String idOrName) {
        List<Run> runs = store.runs().list();
        if (runs.isEmpty()) {
            throw new IllegalArgumentException(store.file() + ": the project has no runs yet");
        }
        if (idOrName == null || idOrName.isBlank()) {
            return runs.get(runs.size() - 1);
        }
        Optional<Run> byName = runs.stream().filter(r -> idOrName.equals(r.name())).findFirst();
        if (byName.isPresent()) {
            return byName.get();
        }
        try {
            long id = Long.parseLong(idOrName.trim());
            return runs.stream().filter(r -> r.id() == id).findFirst().orElseThrow(() ->
                    new IllegalArgumentException(store.file() + ": no run with id " + id));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(store.file() + ": no run named '" + idOrName + "'");
        }
    }

    /** Every completion of the run, ordered by prompt, then model (in the run's order), then repeat. */
    public List<ResultRow> rows(long runId) {
        Run run = store.runs().get(runId).orElseThrow(() ->
                new IllegalArgumentException(store.file() + ": no run with id " + runId));
        Map<Long, Prompt> prompts = store.promptSets().prompts(run.promptSetId()).stream()
                .collect(Collectors.toMap(Prompt::id, Function.identity()));
        Map<Long, ModelConfig> models = store.models().list().stream()
                .collect(Collectors.toMap(ModelConfig::id, Function.identity()));
        Map<Long, Map<String, Double>> scores = new HashMap<>();
        for (Score s : store.scores().forRun(runId)) {
            if (s.value() != null) {
                scores.computeIfAbsent(s.completionId(), k -> new HashMap<>()).put(s.scorer(), s.value());
            }
        }
        Map<Long, List<Annotation>> annotations = store.annotations().forRun(runId).stream()
                .collect(Collectors.groupingBy(Annotation::completionId));
        Map<Long, VoteTally> human = new HashMap<>();
        Map<Long, VoteTally> judge = new HashMap<>();
        for (Vote v : store.votes().forRun(runId)) {
            Map<Long, VoteTally> target = v.judge() ? judge : human;
            tally(target, v.leftCompletionId(), v, true);
            tally(target, v.rightCompletionId(), v, false);
        }
        List<ResultRow> rows = new ArrayList<>();
        for (Completion c : store.completions().forRun(runId, false)) {
            Prompt prompt = prompts.get(c.cell().promptId());
            ModelConfig model = models.get(c.cell().modelId());
            rows.add(new ResultRow(c.id(), runId, c.cell().promptId(),
                    prompt == null ? "?" : prompt.key(), prompt == null ? -1 : prompt.ordinal(),
                    prompt == null ? null : prompt.category(), prompt == null ? null : prompt.system(),
                    prompt == null ? "" : promptText(prompt), prompt == null ? null : prompt.finalReference(),
                    c.cell().modelId(), model == null ? "model " + c.cell().modelId() : model.name(),
                    model != null && model.isBaseline(), c.cell().repeat(), c.status(), c.text(), c.error(),
                    c.metrics(), c.cached(), scores.get(c.id()), annotations.get(c.id()),
                    human.get(c.id()), judge.get(c.id())));
        }
        List<Long> order = run.modelIds();
        rows.sort(Comparator.comparingInt(ResultRow::promptOrdinal)
                .thenComparingInt(r -> order.indexOf(r.modelId()))
                .thenComparingInt(ResultRow::repeat));
        return rows;
    }

    /** The user side of a prompt: the text itself, or "User: ..." lines for a multi-turn prompt. */
    public static String promptText(Prompt prompt) {
        if (!prompt.isMultiTurn()) {
            return prompt.firstUserText();
        }
        StringBuilder out = new StringBuilder();
        for (Turn turn : prompt.turns()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append("User: ").append(turn.user());
        }
        return out.toString();
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
