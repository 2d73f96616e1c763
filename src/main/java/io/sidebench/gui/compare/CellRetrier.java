package io.sidebench.gui.compare;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;

/**
 * Runs one failed cell again and returns the completion now stored for {@code cell}; called off the UI
 * thread. The app's implementation asks the run engine for exactly that cell (other failed cells stay as they
 * are).
 */
@FunctionalInterface
public interface CellRetrier {
    Completion retry(CellKey cell) throws Exception;
}
