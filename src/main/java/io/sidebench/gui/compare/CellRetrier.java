package io.sidebench.gui.compare;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;

/**
 * Runs failed cells of a run again and returns the completion now stored for {@code cell}; called off the
 * UI thread. The app's implementation resumes the run through the run engine, which retries every cell of
 * the run that ended in an error.
 */
@FunctionalInterface
public interface CellRetrier {
    Completion retry(CellKey cell) throws Exception;
}
