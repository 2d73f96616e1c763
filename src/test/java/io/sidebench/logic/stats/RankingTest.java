package io.sidebench.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one ranking rule on hand-made intervals. */
class RankingTest {
    private static Ranking.Band band(double mean, double low, double high) {
        return new Ranking.Band(mean, low, high);
    }

    @Test
    void overlappingIntervalsShareTheFirstRank() {
        // A [0.60, 0.70], B [0.55, 0.65], C [0.50, 0.62]: each overlaps the next and A overlaps C
        int[] ranks = Ranking.ranks(List.of(band(0.65, 0.60, 0.70), band(0.60, 0.55, 0.65),
                band(0.56, 0.50, 0.62)), true);
        assertThat(ranks).containsExactly(1, 1, 1);
    }

    @Test
    void aRankCountsTheModelsEntirelyAbove() {
        // A [0.8, 0.9] is above C and D; B [0.7, 0.85] overlaps A, is above D only; C [0.6, 0.75] overlaps B;
        // D [0.1, 0.2] lies below all three
        int[] ranks = Ranking.ranks(List.of(band(0.85, 0.8, 0.9), band(0.78, 0.7, 0.85), band(0.7, 0.6, 0.75),
                band(0.15, 0.1, 0.2)), true);
        assertThat(ranks).containsExactly(1, 1, 2, 4);
    }

    @Test
    void lowerIsBetterFlipsTheSide() {
        // latencies in ms: A [100, 120] is entirely below B [200, 260]; C [110, 210] overlaps both
        int[] ranks = Ranking.ranks(List.of(band(110, 100, 120), band(230, 200, 260), band(160, 110, 210)), false);
        assertThat(ranks).containsExactly(1, 2, 1);
    }

    @Test
    void touchingIntervalsOverlap() {
        int[] ranks = Ranking.ranks(List.of(band(0.7, 0.6, 0.8), band(0.5, 0.4, 0.6)), true);
        assertThat(ranks).containsExactly(1, 1);
    }

    @Test
    void aSingleValueIsAPointAndMissingValuesComeLast() {
        int[] ranks = Ranking.ranks(List.of(new Ranking.Band(0.9, null, null), band(0.5, 0.4, 0.95),
                new Ranking.Band(0.3, Double.NaN, Double.NaN), new Ranking.Band(Double.NaN, Double.NaN, Double.NaN),
                new Ranking.Band(null, null, null)), true);
        // 0.9 lies inside [0.4, 0.95]; 0.3 lies below both; the two without values follow the three with values
        assertThat(ranks).containsExactly(1, 1, 3, 4, 4);
    }

    @Test
    void theLeaderboardUsesTheRule() {
        List<MetricSummaries.Group> groups = List.of(
                new MetricSummaries.Group("rougeL", null, 1, "a", null, new Summary(10, 0.65, 0.65, 0.60, 0.70, 0.95)),
                new MetricSummaries.Group("rougeL", null, 2, "b", null, new Summary(10, 0.60, 0.60, 0.55, 0.65, 0.95)),
                new MetricSummaries.Group("rougeL", null, 3, "c", null, new Summary(10, 0.20, 0.20, 0.15, 0.25, 0.95)));
        assertThat(Leaderboard.by("rougeL", true).build(groups)).extracting(Leaderboard.Row::rank)
                .containsExactly(1, 1, 3);
    }
}
