package io.sidebench.model;

import java.time.Instant;

/**
 * A blind pairwise vote: two answers to the same prompt shown left and right in random order.
 *
 * @param voter   the human annotator's name, or {@code judge:MODEL} for an LLM judge
 * @param judge   true when an LLM judge voted (kept apart from human votes in statistics)
 */
public record Vote(long id, long runId, long promptId, long leftCompletionId, long rightCompletionId,
                   long leftModelId, long rightModelId, VoteOutcome outcome, String voter, boolean judge,
                   Instant createdAt) {
    /** The winning model's id, or -1 for a tie or both bad. */
    public long winnerModelId() {
        return switch (outcome) {
            case LEFT -> leftModelId;
            case RIGHT -> rightModelId;
            default -> -1;
        };
    }
}
