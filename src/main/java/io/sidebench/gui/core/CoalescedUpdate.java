package io.sidebench.gui.core;

import io.sidebench.logic.exec.TaskExecutor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries news from worker threads to the UI thread without flooding it: however often {@link #request()} is
 * called, at most one run of the update waits on the callback thread, and that run reads the latest state.
 */
public final class CoalescedUpdate {
    private final TaskExecutor executor;
    private final Runnable update;
    private final AtomicBoolean queued = new AtomicBoolean();

    /** @param update reads the latest state and applies it; runs on the executor's callback thread */
    public CoalescedUpdate(TaskExecutor executor, Runnable update) {
        this.executor = executor;
        this.update = update;
    }

    /** Asks for the update to run soon on the callback thread; safe from any thread. */
    public void request() {
        if (queued.compareAndSet(false, true)) {
            executor.onCallbackThread(() -> {
                queued.set(false);
                update.run();
            });
        }
    }
}
