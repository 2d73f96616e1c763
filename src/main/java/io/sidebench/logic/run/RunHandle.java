package io.sidebench.logic.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Controls a run in progress: pause, resume, cancel, and wait for its result. */
public final class RunHandle {
    private final long runId;
    private final RunScheduler scheduler;
    private final ProgressTracker tracker;
    private final CompletableFuture<RunResult> result;

    RunHandle(long runId, RunScheduler scheduler, ProgressTracker tracker, CompletableFuture<RunResult> result) {
        this.runId = runId;
        this.scheduler = scheduler;
        this.tracker = tracker;
        this.result = result;
    }

    public long runId() {
        return runId;
    }

    /** Holds back new requests; those in flight finish and are committed. */
    public void pause() {
        scheduler.pause();
    }

    public void resume() {
        scheduler.resume();
    }

    public boolean isPaused() {
        return scheduler.isPaused();
    }

    /** Aborts requests in flight (recorded as errors with their partial text) and leaves queued cells untouched. */
    public void cancel() {
        scheduler.cancel();
    }

    public RunProgress progress() {
        return tracker.snapshot();
    }

    /** Completes when every cell has been committed (or the run was cancelled or failed). */
    public CompletableFuture<RunResult> result() {
        return result;
    }

    /** Waits for the run to end; a failure of the run (not of a cell) is rethrown. */
    public RunResult await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
