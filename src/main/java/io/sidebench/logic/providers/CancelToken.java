package io.sidebench.logic.providers;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** Lets the scheduler (or the user) cancel a call in flight. */
public final class CancelToken {
    private volatile boolean cancelled;
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            onCancel.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} when cancelled (at once if already cancelled). */
    public void whenCancelled(Runnable action) {
        onCancel.add(action);
        if (cancelled) {
            action.run();
        }
    }
}
