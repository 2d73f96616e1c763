package io.sidebench.logic.store;

import io.sidebench.model.Vote;
import java.util.List;

public interface VoteRepository {
    Vote add(Vote vote);

    List<Vote> forRun(long runId);

    int count();
}
