package io.sidebench.logic.run;

import io.sidebench.logic.store.CompletionRepository;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a run's cells as they finish, and the attempts and retries of its requests as they start, and
 * estimates the time left from this session's pace. Cells that were in flight when the run was cancelled are
 * counted apart: not done, not errors.
 */
final class ProgressTracker {
    private final long runId;
    private final RunClock clock;
    private final long startNanos;
    private final Map<Long, Counts> perModel = new LinkedHashMap<>();
    private boolean ended;

    private static final class Counts {
        final String name;
        final int total;
        int done;
        int errors;
        int cached;
        int sessionDone;
        int attempts;
        int retries;
        int cancelled;

        Counts(String name, int total, int alreadyDone, CompletionRepository.Effort before) {
            this.name = name;
            this.total = total;
            this.done = alreadyDone;
            this.attempts = before == null ? 0 : before.attempts();
            this.retries = before == null ? 0 : before.retries();
        }

        Duration eta(long elapsedNanos, boolean ended) {
            int remaining = total - done;
            if (remaining <= 0 || ended) {
                return Duration.ZERO;
            }
            return sessionDone == 0 ? null : Duration.ofNanos((long) ((double) elapsedNanos / sessionDone * remaining));
        }
    }

    ProgressTracker(long runId, RunClock clock, List<ModelConfig> models, Map<Long, Integer> totals,
                    Map<Long, Integer> alreadyDone, Map<Long, CompletionRepository.Effort> effortBefore) {
        this.runId = runId;
        this.clock = clock;
        this.startNanos = clock.nanoTime();
        for (ModelConfig m : models) {
            perModel.put(m.id(), new Counts(m.displayName(), totals.getOrDefault(m.id(), 0),
                    alreadyDone.getOrDefault(m.id(), 0), effortBefore.get(m.id())));
        }
    }

    /** A cell was committed; {@code cancelled}: it ended because the run was cancelled while it was in flight. */
    synchronized RunProgress record(Completion c, boolean cancelled) {
        Counts counts = perModel.get(c.cell().modelId());
        if (cancelled) {
            counts.cancelled++;
            return snapshot();
        }
        counts.done++;
        counts.sessionDone++;
        if (!c.isOk()) {
            counts.errors++;
        }
        if (c.cached()) {
            counts.cached++;
        }
        return snapshot();
    }

    /** A request of the model's is sent: its {@code attempt}-th attempt (from 1; later ones are retries). */
    synchronized void attempted(long modelId, int attempt) {
        Counts counts = perModel.get(modelId);
        if (counts == null) {
            return;
        }
        counts.attempts++;
        if (attempt > 1) {
            counts.retries++;
        }
    }

    /** The run has ended (finished, cancelled or failed): nothing is left to estimate. */
    synchronized void end() {
        ended = true;
    }

    synchronized RunProgress snapshot() {
        long elapsed = clock.nanoTime() - startNanos;
        int total = 0;
        int done = 0;
        int errors = 0;
        int cached = 0;
        int attempts = 0;
        int retries = 0;
        int cancelled = 0;
        Duration eta = Duration.ZERO;
        List<RunProgress.ModelProgress> models = new ArrayList<>();
        for (Map.Entry<Long, Counts> e : perModel.entrySet()) {
            Counts c = e.getValue();
            total += c.total;
            done += c.done;
            errors += c.errors;
            cached += c.cached;
            attempts += c.attempts;
            retries += c.retries;
            cancelled += c.cancelled;
            Duration modelEta = c.eta(elapsed, ended);
            eta = eta == null || modelEta == null ? null : modelEta.compareTo(eta) > 0 ? modelEta : eta;
            models.add(new RunProgress.ModelProgress(e.getKey(), c.name, c.total, c.done, c.errors, modelEta,
                    c.attempts, c.retries, c.cancelled));
        }
        return new RunProgress(runId, total, done, errors, cached, retries, Duration.ofNanos(elapsed),
                ended ? null : eta, models, attempts, cancelled);
    }
}
