package io.sidebench.logic.run;

/** How to execute a run: the scheduler's limits and the cache. */
public record RunOptions(SchedulerSettings scheduler, CacheMode cache) {
    public RunOptions {
        if (scheduler == null) {
            throw new IllegalArgumentException("scheduler settings are required");
        }
        cache = cache == null ? CacheMode.AUTO : cache;
    }
}
