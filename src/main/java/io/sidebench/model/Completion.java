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
 * @param attempts    requests made for this cell in all (turns and retries; 0 for a cached answer); a cell
 *                    answered again by a resume adds its attempts to the earlier ones
 * @param retries     attempts that repeated a failed one (each turn's first attempt is not a retry)
 * @param backoffMs   milliseconds waited between a failed attempt and the next one (backoff, Retry-After,
 *                    rate limits), {@code null} when not measured (projects before schema version 3)
 * @param wallMs      milliseconds from the start of the cell's first attempt to the end of its last,
 *                    {@code null} when not measured; the speed figures in {@code metrics} describe only the
 *                    attempt that produced the answer
 */
public record Completion(long id, CellKey cell, CompletionStatus status, String text, List<String> turnAnswers,
                         String reasoning, String error, Metrics metrics, List<Chunk> chunks, boolean cached,
                         int attempts, Instant finishedAt, int retries, Long backoffMs, Double wallMs) {
    public Completion {
        turnAnswers = turnAnswers == null ? List.of() : List.copyOf(turnAnswers);
        chunks = chunks == null ? List.of() : List.copyOf(chunks);
        metrics = metrics == null ? Metrics.NONE : metrics;
    }

    /** A completion whose backoff and wall time were not measured (retries: attempts beyond the first). */
    public Completion(long id, CellKey cell, CompletionStatus status, String text, List<String> turnAnswers,
                      String reasoning, String error, Metrics metrics, List<Chunk> chunks, boolean cached,
                      int attempts, Instant finishedAt) {
        this(id, cell, status, text, turnAnswers, reasoning, error, metrics, chunks, cached, attempts, finishedAt,
                Math.max(0, attempts - 1), null, null);
    }

    public boolean isOk() {
        return status == CompletionStatus.OK;
    }

    public Completion withId(long newId) {
        return new Completion(newId, cell, status, text, turnAnswers, reasoning, error, metrics, chunks, cached,
                attempts, finishedAt, retries, backoffMs, wallMs);
    }
}
