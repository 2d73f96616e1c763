package io.sidebench.logic.store;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import java.util.List;
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

    int count();

    int countForRun(long runId);
}
