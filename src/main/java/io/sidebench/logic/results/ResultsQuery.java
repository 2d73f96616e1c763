package io.sidebench.logic.results;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.Turn;
import java.util.List;
import java.util.Optional;

/**
 * Joins a run's completions with their prompts, models, scores, annotations and votes, using the
 * store's repositories only: scores, annotations and votes read once per run, prompts and completions
 * page by page (see {@link RunRows}).
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
            throw new IllegalArgumentException(store.location() + ": the project has no runs yet");
        }
        if (idOrName == null || idOrName.isBlank()) {
            return runs.get(0); // newest first
        }
        Optional<Run> byName = runs.stream().filter(r -> idOrName.equals(r.name())).findFirst();
        if (byName.isPresent()) {
            return byName.get();
        }
        try {
            long id = Long.parseLong(idOrName.trim());
            return runs.stream().filter(r -> r.id() == id).findFirst().orElseThrow(() ->
                    new IllegalArgumentException(store.location() + ": no run with id " + id));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(store.location() + ": no run named '" + idOrName + "'");
        }
    }

    /**
     * Every completion of the run, ordered by prompt, then model (in the run's order), then repeat,
     * read page by page as they are iterated (the project must stay open meanwhile).
     */
    public RunRows cursor(long runId) {
        Run run = store.runs().get(runId).orElseThrow(() ->
                new IllegalArgumentException(store.location() + ": no run with id " + runId));
        return new RunRows(store, run);
    }

    /** Every completion of the run in one list, in the order of {@link #cursor(long)}: for small runs. */
    public List<ResultRow> rows(long runId) {
        return cursor(runId).toList();
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
}
