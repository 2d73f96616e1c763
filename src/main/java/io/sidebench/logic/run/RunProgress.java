package io.sidebench.logic.run;

import java.time.Duration;
import java.util.List;

/**
 * A snapshot of a run's progress. Counts include cells finished before a resume (attempts and retries those
 * cells took too).
 *
 * @param retries   attempts that repeated a failed one, counted as they start
 * @param cancelled cells that were in flight when the run was cancelled: not done, not errors (a resume asks
 *                  them again)
 * @param eta       {@code null} until the first cell of this session finished; zero once nothing is left
 */
public record RunProgress(long runId, int total, int done, int errors, int cached, int retries, Duration elapsed,
                          Duration eta, List<ModelProgress> models, int attempts, int cancelled) {
    public RunProgress {
        models = List.copyOf(models);
    }

    public RunProgress(long runId, int total, int done, int errors, int cached, int retries, Duration elapsed,
                       Duration eta, List<ModelProgress> models) {
        this(runId, total, done, errors, cached, retries, elapsed, eta, models,
                models.stream().mapToInt(ModelProgress::attempts).sum(), 0);
    }

    /** One model's share of a run. */
    public record ModelProgress(long modelId, String name, int total, int done, int errors, Duration eta,
                                int attempts, int retries, int cancelled) {
        public ModelProgress(long modelId, String name, int total, int done, int errors, Duration eta) {
            this(modelId, name, total, done, errors, eta, 0, 0, 0);
        }
    }
}
