package io.sidebench.logic.run;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;

/**
 * Told how a run advances. Called on the scheduler's worker threads: implementations must be quick and
 * thread-safe (the UI batches before touching controls).
 */
public interface RunProgressListener {
    RunProgressListener NONE = new RunProgressListener() { };

    /** After a cell's completion (or recorded error) was committed. */
    default void onProgress(RunProgress progress, Completion completion) {
    }

    /**
     * An attempt of a cell's turn starts (attempt from 1): the pieces streamed by an earlier attempt of the same
     * turn are not part of the answer.
     */
    default void onAttempt(CellKey cell, int turn, int attempt) {
    }

    /** A streamed piece of a cell's answer (turn counts from 0) from its current attempt. */
    default void onChunk(CellKey cell, int turn, String text, boolean reasoning) {
    }
}
