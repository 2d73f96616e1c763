package io.sidebench.logic.store;

import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import java.util.List;
import java.util.Optional;

public interface RunRepository {
    Run create(Run run);

    /** Every run, newest first (the order of every list of runs, GUI and CLI). */
    List<Run> list();

    Optional<Run> get(long id);

    void setStatus(long runId, RunStatus status);

    /** Sets a run's name and notes (blank: none). */
    void describe(long runId, String name, String notes);

    void delete(long runId);
}
