package io.sidebench.logic.run;

import io.sidebench.model.CellKey;
import java.util.Set;

/**
 * How to execute a run: the scheduler's limits, the cache, speed isolation and which cells.
 *
 * @param only      the cells to (re)run, when not every unfinished cell of the run should be; null for all of them.
 *                  A cell listed here that already has a successful answer is left alone.
 * @param isolation which models are measured one after another ({@link Isolation#AUTO} when null)
 */
public record RunOptions(SchedulerSettings scheduler, CacheMode cache, Set<CellKey> only, Isolation isolation) {
    public RunOptions {
        if (scheduler == null) {
            throw new IllegalArgumentException("scheduler settings are required");
        }
        cache = cache == null ? CacheMode.AUTO : cache;
        only = only == null ? null : Set.copyOf(only);
        isolation = isolation == null ? Isolation.AUTO : isolation;
    }

    public RunOptions(SchedulerSettings scheduler, CacheMode cache, Set<CellKey> only) {
        this(scheduler, cache, only, Isolation.AUTO);
    }

    public RunOptions(SchedulerSettings scheduler, CacheMode cache) {
        this(scheduler, cache, null, Isolation.AUTO);
    }

    /** The same options, limited to {@code cells}. */
    public RunOptions onlyCells(Set<CellKey> cells) {
        return new RunOptions(scheduler, cache, cells, isolation);
    }

    /** The same options with {@code value} as the speed isolation. */
    public RunOptions withIsolation(Isolation value) {
        return new RunOptions(scheduler, cache, only, value);
    }
}
