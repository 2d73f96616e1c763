package io.sidebench.logic.store;

import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import java.util.List;
import java.util.Optional;

public interface RunRepository {
    Run create(Run run);

    List<Run> list();

    Optional<Run> get(long id);

    void setStatus(long runId, RunStatus status);

    void delete(long runId);
}
