package io.sidebench.model;

import java.time.Instant;
import java.util.List;

/**
 * A run: a prompt set times the chosen models times repeats, in an order shuffled by {@code seed}.
 *
 * @param modelIds the models in the order they were chosen
 * @param notes    the analyst's free text about the run, {@code null} when none
 */
public record Run(long id, String name, long promptSetId, List<Long> modelIds, int repeats, long seed,
                  RunStatus status, Instant createdAt, Instant finishedAt, String notes) {
    public Run {
        modelIds = List.copyOf(modelIds);
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1");
        }
    }

    /** A run without notes. */
    public Run(long id, String name, long promptSetId, List<Long> modelIds, int repeats, long seed,
               RunStatus status, Instant createdAt, Instant finishedAt) {
        this(id, name, promptSetId, modelIds, repeats, seed, status, createdAt, finishedAt, null);
    }

    public Run withId(long newId) {
        return new Run(newId, name, promptSetId, modelIds, repeats, seed, status, createdAt, finishedAt, notes);
    }

    public Run withStatus(RunStatus newStatus, Instant finished) {
        return new Run(id, name, promptSetId, modelIds, repeats, seed, newStatus, createdAt, finished, notes);
    }

    public long cellCount(int promptCount) {
        return (long) promptCount * modelIds.size() * repeats;
    }
}
