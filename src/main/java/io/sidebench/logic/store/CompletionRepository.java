package io.sidebench.logic.store;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Completions, committed one by one as they arrive. */
public interface CompletionRepository {
    /**
     * Commits a completion at once. A cell holds one completion: saving a cell again (a retry of an
     * error on resume) replaces it.
     */
    Completion save(Completion completion);

    Optional<Completion> get(long id);

    Optional<Completion> find(CellKey cell);

    /** All completions of a run, in cell order; {@code withChunks} false leaves the chunk timings out. */
    List<Completion> forRun(long runId, boolean withChunks);

    /** Cells of a run that have a successful completion (what {@code run --resume} skips). */
    Set<CellKey> finishedCells(long runId);

    /**
     * The completions of a run for some prompts (one page of a grid), without chunk timings, in cell order.
     */
    List<Completion> forPrompts(long runId, Collection<Long> promptIds);

    /** Which cell each completion of a run answers: completion id to cell, for filters over a whole run. */
    Map<Long, CellKey> cells(long runId);

    /** Requests made so far for a model's cells of a run: attempts and retries in all. */
    record Effort(int attempts, int retries) {
    }

    /** Per model of a run, the attempts and retries its stored completions took. */
    Map<Long, Effort> effortByModel(long runId);

    int count();

    int countForRun(long runId);
}
