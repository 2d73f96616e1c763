package io.sidebench.logic.export;

import java.util.Map;

/**
 * One model's line in a report's leaderboard.
 *
 * @param scores          scorer id to mean score with interval
 * @param human           per rubric dimension (and the weighted overall, see {@link HumanColumns}), the
 *                        mean or pass rate with its interval, each on the dimension's own scale
 * @param costPer1000     USD for 1,000 answers at the measured mean cost, {@code null} when unpriced
 */
public record LeaderboardRow(String model, boolean baseline, int answers, int errors, Map<String, Interval> scores,
                             Map<String, Interval> human, Interval ttftMs, Interval e2eMs, double medianE2eMs,
                             Interval tokensPerSecond, Interval tpotMs, Double costPer1000) {
    public LeaderboardRow {
        scores = Map.copyOf(scores);
        human = human == null ? Map.of() : Map.copyOf(human);
    }

    /** The human figure of one column key ({@link HumanColumns#key()}); empty when nobody rated it. */
    public Interval human(String key) {
        return human.getOrDefault(key, Interval.EMPTY);
    }

    public String label() {
        return baseline ? model + " (baseline)" : model;
    }

    public Interval score(String scorer) {
        return scorer == null ? Interval.EMPTY : scores.getOrDefault(scorer, Interval.EMPTY);
    }
}
