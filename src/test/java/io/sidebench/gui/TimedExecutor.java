package io.sidebench.gui;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.logic.exec.TaskExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Wraps the app's executor for benchmarks: counts tasks by name, times their background work (wall and CPU). */
final class TimedExecutor implements TaskExecutor {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final FxTaskExecutor delegate;
    private final Map<String, long[]> byName = new TreeMap<>();

    TimedExecutor(FxTaskExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> TaskHandle submit(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return delegate.submit(name, () -> {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            try {
                return work.call();
            } finally {
                record(name, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
            }
        }, onSuccess, onFailure);
    }

    private synchronized void record(String name, long nanos, long cpuNanos) {
        long[] stats = byName.computeIfAbsent(name, k -> new long[5]);
        stats[0]++;
        stats[1] += nanos;
        stats[2] = Math.max(stats[2], nanos);
        stats[3] += cpuNanos;
        stats[4] = Math.max(stats[4], cpuNanos);
    }

    /** Tasks whose callbacks have not run yet. */
    int pending() {
        return delegate.pending();
    }

    /** "name: count x wall mean (max), CPU mean (max)" for every task name seen, one per line. */
    synchronized String summary() {
        StringBuilder out = new StringBuilder();
        byName.forEach((name, s) -> out.append(String.format(Locale.ROOT,
                "%n  %-18s %4d x wall mean %7.1f ms (max %7.1f), CPU mean %6.1f ms (max %6.1f)", name, s[0],
                s[1] / 1e6 / s[0], s[2] / 1e6, s[3] / 1e6 / s[0], s[4] / 1e6)));
        return out.toString();
    }

    @Override
    public void onCallbackThread(Runnable action) {
        delegate.onCallbackThread(action);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
