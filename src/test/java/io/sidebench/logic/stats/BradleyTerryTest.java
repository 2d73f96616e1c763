package io.sidebench.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BradleyTerryTest {

    private static void add(List<PairOutcome> out, long a, long b, int winsA, int ties, int winsB) {
        for (int i = 0; i < winsA; i++) {
            out.add(new PairOutcome(a, b, 1));
        }
        for (int i = 0; i < ties; i++) {
            out.add(new PairOutcome(a, b, 0.5));
        }
        for (int i = 0; i < winsB; i++) {
            out.add(new PairOutcome(b, a, 1));
        }
    }

    @Test
    void twoPlayersHaveTheClosedFormEstimate() {
        // With two players the MLE is p_A / p_B = wins_A / wins_B (ties count half to each side).
        List<PairOutcome> votes = new ArrayList<>();
        add(votes, 1, 2, 3, 0, 1);
        double[] r = new BradleyTerry(0).fit(List.of(1L, 2L), votes);
        assertThat(r[0] - r[1]).isCloseTo(400 * Math.log10(3), within(1e-6));
        assertThat(r[0] + r[1]).isCloseTo(2000, within(1e-6));

        List<PairOutcome> withTies = new ArrayList<>();
        add(withTies, 1, 2, 1, 2, 0); // A: 1 + 2·0.5 = 2 points, B: 1 point
        double[] t = new BradleyTerry(0).fit(List.of(1L, 2L), withTies);
        assertThat(t[0] - t[1]).isCloseTo(400 * Math.log10(2), within(1e-6));
    }

    @Test
    void recoversAKnownOrderingAndSatisfiesTheLikelihoodEquations() {
        // A > B > C > D, each stronger model winning most of its games
        List<PairOutcome> votes = new ArrayList<>();
        add(votes, 1, 2, 7, 1, 3);
        add(votes, 1, 3, 8, 1, 2);
        add(votes, 1, 4, 9, 0, 1);
        add(votes, 2, 3, 6, 2, 3);
        add(votes, 2, 4, 8, 0, 2);
        add(votes, 3, 4, 6, 1, 4);
        List<Long> models = List.of(4L, 2L, 1L, 3L);
        double[] r = new BradleyTerry(0).fit(models, votes);
        assertThat(r[2]).isGreaterThan(r[1]);
        assertThat(r[1]).isGreaterThan(r[3]);
        assertThat(r[3]).isGreaterThan(r[0]);
        // at the MLE, each model's expected score equals its actual score (Hunter 2004, eq. 2)
        double[] p = new double[4];
        for (int i = 0; i < 4; i++) {
            p[i] = Math.pow(10, (r[i] - 1000) / 400);
        }
        for (int i = 0; i < 4; i++) {
            double expected = 0;
            double actual = 0;
            for (PairOutcome o : votes) {
                int a = models.indexOf(o.modelA());
                int b = models.indexOf(o.modelB());
                if (a == i) {
                    expected += p[a] / (p[a] + p[b]);
                    actual += o.scoreA();
                } else if (b == i) {
                    expected += p[b] / (p[a] + p[b]);
                    actual += 1 - o.scoreA();
                }
            }
            assertThat(expected).isCloseTo(actual, within(1e-6));
        }
    }

    @Test
    void thePriorKeepsUnbeatenModelsFiniteAndBootstrapIntervalsContainTheEstimate() {
        List<PairOutcome> votes = new ArrayList<>();
        add(votes, 1, 2, 5, 0, 0);
        add(votes, 2, 3, 4, 0, 1);
        var all = new BradleyTerry(BradleyTerry.DEFAULT_PRIOR).rate(List.of(1L, 2L, 3L, 4L), List.of("a", "b", "c", "d"),
                votes, new Bootstrap(3, 200, 0.95));
        assertThat(all.get(3)).isEqualTo(new BradleyTerry.Rating(4, "d", null, null, null, 0));
        var ratings = all.subList(0, 3);
        assertThat(ratings).extracting(BradleyTerry.Rating::rating).allMatch(Double::isFinite);
        assertThat(ratings.get(0).rating()).isGreaterThan(ratings.get(1).rating());
        assertThat(ratings.get(1).rating()).isGreaterThan(ratings.get(2).rating());
        for (var r : ratings) {
            assertThat(r.ciLow()).isLessThanOrEqualTo(r.rating() + 1e-9);
            assertThat(r.ciHigh()).isGreaterThanOrEqualTo(r.rating() - 1e-9);
        }
        assertThat(ratings.get(1).comparisons()).isEqualTo(10);
    }

    @Test
    void winMatrixCountsFromEachSide() {
        List<PairOutcome> votes = new ArrayList<>();
        add(votes, 1, 2, 3, 1, 2);
        WinMatrix m = WinMatrix.of(List.of(1L, 2L, 3L), List.of("a", "b", "c"), votes);
        assertThat(m.cell(1, 2)).extracting(WinMatrix.Cell::wins, WinMatrix.Cell::ties, WinMatrix.Cell::losses)
                .containsExactly(3, 1, 2);
        assertThat(m.cell(2, 1)).extracting(WinMatrix.Cell::wins, WinMatrix.Cell::ties, WinMatrix.Cell::losses)
                .containsExactly(2, 1, 3);
        assertThat(m.cell(1, 2).winRate()).isCloseTo(3.5 / 6, within(1e-12));
        assertThat(m.cell(1, 3).winRate()).isNull();
        assertThat(m.overallWinRate(3)).isNull();
        assertThat(m.totalGames()).isEqualTo(6);
    }
}
