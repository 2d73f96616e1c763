package io.sidebench.logic.run;

import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts a run's cells as they finish and estimates the time left from this session's pace. */
final class ProgressTracker {
    private final long runId;
    private final RunClock clock;
    private final long startNanos;
    private final Map<Long, Counts> perModel = new LinkedHashMap<>();
    private int retries;

    private static final class Counts {
        final String name;
        final int total;
        int done;
        int errors;
        int cached;
        int sessionDone;

        Counts(String name, int total, int alreadyDone) {
            this.name = name;
            this.total = total;
            this.done = alreadyDone;
        }

        Duration eta(long elapsedNanos) {
            int remaining = total - done;
            if (remaining <= 0) {
                return Duration.ZERO;
            }
            return sessionDone == 0 ? null : Duration.ofNanos((long) ((double) elapsedNanos / sessionDone * remaining));
        }
    }

    ProgressTracker(long runId, RunClock clock, List<ModelConfig> models, Map<Long, Integer> totals,
                    Map<Long, Integer> alreadyDone) {
        this.runId = runId;
        this.clock = clock;
        this.startNanos = clock.nanoTime();
        for (ModelConfig m : models) {
            perModel.put(m.id(), new Counts(m.displayName(), totals.getOrDefault(m.id(), 0),
                    alreadyDone.getOrDefault(m.id(), 0)));
        }
    }

    synchronized RunProgress record(Completion c) {
        Counts counts = perModel.get(c.cell().modelId());
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

    synchronized void retried() {
        retries++;
    }

    synchronized RunProgress snapshot() {
        long elapsed = clock.nanoTime() - startNanos;
        int total = 0;
        int done = 0;
        int errors = 0;
        int cached = 0;
        Duration eta = Duration.ZERO;
        List<RunProgress.ModelProgress> models = new ArrayList<>();
        for (Map.Entry<Long, Counts> e : perModel.entrySet()) {
            Counts c = e.getValue();
            total += c.total;
            done += c.done;
            errors += c.errors;
            cached += c.cached;
            Duration modelEta = c.eta(elapsed);
            eta = eta == null || modelEta == null ? null : modelEta.compareTo(eta) > 0 ? modelEta : eta;
            models.add(new RunProgress.ModelProgress(e.getKey(), c.name, c.total, c.done, c.errors, modelEta));
        }
        return new RunProgress(runId, total, done, errors, cached, retries, Duration.ofNanos(elapsed), eta, models);
    }
}
