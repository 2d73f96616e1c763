package io.sidebench.logic.run;

import java.time.Duration;
import java.util.List;

/**
 * A snapshot of a run's progress. Counts include cells finished before a resume.
 *
 * @param eta {@code null} until the first cell of this session finished
 */
public record RunProgress(long runId, int total, int done, int errors, int cached, int retries, Duration elapsed,
                          Duration eta, List<ModelProgress> models) {
    public RunProgress {
        models = List.copyOf(models);
    }

    /** One model's share of a run. */
    public record ModelProgress(long modelId, String name, int total, int done, int errors, Duration eta) {
    }
}
