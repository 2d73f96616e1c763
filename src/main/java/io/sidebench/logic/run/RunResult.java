package io.sidebench.logic.run;

import io.sidebench.model.Run;
import java.time.Duration;

/**
 * What one execution of a run did.
 *
 * @param alreadyDone cells skipped because an earlier execution finished them
 * @param executed    cells this execution finished (completion or recorded error)
 * @param notStarted  cells left untouched because the run was cancelled
 * @param interrupted cells in flight when the run was cancelled: recorded with their partial text but neither
 *                    done nor errors ({@code executed} does not count them); a resume asks them again
 * @param retries     attempts of this execution that repeated a failed one
 */
public record RunResult(Run run, int total, int alreadyDone, int executed, int ok, int errors, int cached,
                        int notStarted, boolean cancelled, Duration wall, int interrupted, int retries) {
    public RunResult(Run run, int total, int alreadyDone, int executed, int ok, int errors, int cached,
                     int notStarted, boolean cancelled, Duration wall) {
        this(run, total, alreadyDone, executed, ok, errors, cached, notStarted, cancelled, wall, 0, 0);
    }
}
