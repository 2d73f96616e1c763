package io.sidebench.logic.export;

import java.util.Map;

/**
 * One model's line in a report's leaderboard.
 *
 * @param scores          scorer id to mean score with interval
 * @param rating          mean human rating over all rubric dimensions, with interval
 * @param costPer1000     USD for 1,000 answers at the measured mean cost, {@code null} when unpriced
 */
public record LeaderboardRow(String model, boolean baseline, int answers, int errors, Map<String, Interval> scores,
                             Interval rating, Interval ttftMs, Interval e2eMs, double medianE2eMs,
                             Interval tokensPerSecond, Interval tpotMs, Double costPer1000) {
    public LeaderboardRow {
        scores = Map.copyOf(scores);
    }

    public String label() {
        return baseline ? model + " (baseline)" : model;
    }

    public Interval score(String scorer) {
        return scorer == null ? Interval.EMPTY : scores.getOrDefault(scorer, Interval.EMPTY);
    }
}
