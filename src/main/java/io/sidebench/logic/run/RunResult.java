package io.sidebench.logic.run;

import io.sidebench.model.Run;
import java.time.Duration;

/**
 * What one execution of a run did.
 *
 * @param alreadyDone cells skipped because an earlier execution finished them
 * @param executed    cells this execution finished (completion or recorded error)
 * @param notStarted  cells left untouched because the run was cancelled
 */
public record RunResult(Run run, int total, int alreadyDone, int executed, int ok, int errors, int cached,
                        int notStarted, boolean cancelled, Duration wall) {
}
