package io.sidebench.logic.store;

import io.sidebench.model.Score;
import java.util.List;
import java.util.Optional;

public interface ScoreRepository {
    /** Stores (or replaces) the score of one scorer for one completion. */
    void save(Score score);

    void saveAll(List<Score> scores);

    Optional<Score> find(long completionId, String scorer);

    List<Score> forCompletion(long completionId);

    /** All scores of a run's completions. */
    List<Score> forRun(long runId);

    int count();
}
