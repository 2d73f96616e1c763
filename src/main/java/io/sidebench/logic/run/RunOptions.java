package io.sidebench.logic.run;

import io.sidebench.model.CellKey;
import java.util.Set;

/**
 * How to execute a run: the scheduler's limits, the cache, and which cells.
 *
 * @param only the cells to (re)run, when not every unfinished cell of the run should be; null for all of them.
 *             A cell listed here that already has a successful answer is left alone.
 */
public record RunOptions(SchedulerSettings scheduler, CacheMode cache, Set<CellKey> only) {
    public RunOptions {
        if (scheduler == null) {
            throw new IllegalArgumentException("scheduler settings are required");
        }
        cache = cache == null ? CacheMode.AUTO : cache;
        only = only == null ? null : Set.copyOf(only);
    }

    public RunOptions(SchedulerSettings scheduler, CacheMode cache) {
        this(scheduler, cache, null);
    }

    /** The same options, limited to {@code cells}. */
    public RunOptions onlyCells(Set<CellKey> cells) {
        return new RunOptions(scheduler, cache, cells);
    }
}
