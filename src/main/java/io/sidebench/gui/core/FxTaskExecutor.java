package io.sidebench.gui.core;

import io.sidebench.logic.exec.TaskExecutor;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's one task executor: a bounded pool of daemon worker threads; results and failures are handed
 * back on the FX application thread (or on the dispatcher given to the constructor). The only class of the
 * GUI that creates threads.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final Consumer<Runnable> dispatcher;
    private final AtomicInteger pending = new AtomicInteger();

    /** A pool of {@code workers} threads whose callbacks run on the FX application thread. */
    public FxTaskExecutor(int workers) {
        this(workers, Platform::runLater);
    }

    /** A pool whose callbacks are handed to {@code dispatcher} (tests pass a queue or a direct call). */
    public FxTaskExecutor(int workers, Consumer<Runnable> dispatcher) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread t = new Thread(work, "sidebench-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    /** A pool sized for the machine: two to four workers. */
    public static FxTaskExecutor forMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new FxTaskExecutor(Math.max(2, Math.min(4, cores)));
    }

    @Override
    public <T> TaskHandle submit(String name, Callable<T> work, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean counted = new AtomicBoolean(true);
        Runnable settle = () -> {
            if (counted.getAndSet(false)) {
                pending.decrementAndGet();
            }
        };
        pending.incrementAndGet();
        Future<?> future;
        try {
            future = submitToPool(work, onSuccess, onFailure, cancelled, done, settle);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the app is closing (close() ran): work asked for by a late callback is not started
            settle.run();
            done.set(true);
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return true;
                }
            };
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
                if (future.cancel(true)) {
                    settle.run();
                }
            }

            @Override
            public boolean isDone() {
                return done.get() || future.isDone();
            }
        };
    }

    private <T> Future<?> submitToPool(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                       AtomicBoolean cancelled, AtomicBoolean done, Runnable settle) {
        return pool.submit(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                done.set(true);
                deliver(() -> {
                    try {
                        if (!cancelled.get()) {
                            onFailure.accept(e);
                        }
                    } finally {
                        settle.run();
                    }
                }, settle);
                return;
            }
            done.set(true);
            deliver(() -> {
                try {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                } finally {
                    settle.run();
                }
            }, settle);
        });
    }

    private void deliver(Runnable callback, Runnable settle) {
        try {
            dispatcher.accept(callback);
        } catch (RuntimeException e) {
            settle.run();
        }
    }

    /** Tasks submitted whose callbacks have not run yet (0 when the app is idle). */
    public int pending() {
        return pending.get();
    }

    @Override
    public void onCallbackThread(Runnable action) {
        dispatcher.accept(action);
    }

    /** How long {@link #close()} lets queued and running work (a last save, say) finish before interrupting it. */
    static final long CLOSE_GRACE_MILLIS = 3000;

    /**
     * Stops taking work and lets what is queued or running finish (at most {@link #CLOSE_GRACE_MILLIS}), so a
     * save submitted just before quitting still reaches the project; then interrupts what is left.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    /** Unwraps the reason of a failure for a one-line message. */
    public static String reason(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.lang.reflect.InvocationTargetException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof CancellationException) {
            return "cancelled";
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
