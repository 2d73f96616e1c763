package io.sidebench.gui.compare;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;

/** Runs one cell of a run again (the run engine provides it); called off the UI thread. */
@FunctionalInterface
public interface CellRetrier {
    Completion retry(CellKey cell) throws Exception;
}
