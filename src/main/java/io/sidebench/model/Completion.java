package io.sidebench.model;

import java.time.Instant;
import java.util.List;

/**
 * A model's answer to one cell of a run (all turns for a multi-turn prompt).
 *
 * @param text        the answer to the last turn (what single-answer scores look at)
 * @param turnAnswers one answer per turn, in order
 * @param reasoning   reasoning text streamed before/alongside the answer, {@code null} when none
 * @param error       why the request failed, {@code null} when status is OK
 * @param chunks      arrival times of the streamed pieces of the last turn
 */
public record Completion(long id, CellKey cell, CompletionStatus status, String text, List<String> turnAnswers,
                         String reasoning, String error, Metrics metrics, List<Chunk> chunks, boolean cached,
                         int attempts, Instant finishedAt) {
    public Completion {
        turnAnswers = turnAnswers == null ? List.of() : List.copyOf(turnAnswers);
        chunks = chunks == null ? List.of() : List.copyOf(chunks);
        metrics = metrics == null ? Metrics.NONE : metrics;
    }

    public boolean isOk() {
        return status == CompletionStatus.OK;
    }

    public Completion withId(long newId) {
        return new Completion(newId, cell, status, text, turnAnswers, reasoning, error, metrics, chunks, cached,
                attempts, finishedAt);
    }
}
