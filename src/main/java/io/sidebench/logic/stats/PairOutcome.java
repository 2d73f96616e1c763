package io.sidebench.logic.stats;

import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;

/**
 * One pairwise comparison in model terms: {@code scoreA} is 1 when model A won, 0 when B won and 0.5 for a
 * tie. "Both bad" counts as a tie (neither was preferred).
 */
public record PairOutcome(long modelA, long modelB, double scoreA) {
    public static PairOutcome of(Vote vote) {
        double score = vote.outcome() == VoteOutcome.LEFT ? 1.0 : vote.outcome() == VoteOutcome.RIGHT ? 0.0 : 0.5;
        return new PairOutcome(vote.leftModelId(), vote.rightModelId(), score);
    }
}
