package io.sidebench.logic.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontierTest {
    private static final TradeoffPoint CHEAP_OK = new TradeoffPoint("cheap", 1.0, 0.60);
    private static final TradeoffPoint MID_GOOD = new TradeoffPoint("mid", 3.0, 0.75);
    private static final TradeoffPoint MID_WORSE = new TradeoffPoint("dominated", 4.0, 0.70);
    private static final TradeoffPoint PRICEY_BEST = new TradeoffPoint("best", 10.0, 0.90);
    private static final TradeoffPoint PRICEY_POOR = new TradeoffPoint("poor", 12.0, 0.50);

    @Test
    void lowerCostFrontierKeepsOnlyUndominatedModelsSortedByX() {
        List<TradeoffPoint> frontier = ParetoFrontier.compute(
                List.of(PRICEY_POOR, MID_WORSE, PRICEY_BEST, CHEAP_OK, MID_GOOD), true);
        assertThat(frontier).containsExactly(CHEAP_OK, MID_GOOD, PRICEY_BEST);
    }

    @Test
    void higherRateFrontierFlipsTheXDirection() {
        // x = tokens/s: the fastest model with a lower score is still on the frontier
        TradeoffPoint fast = new TradeoffPoint("fast", 120, 0.6);
        TradeoffPoint slowBest = new TradeoffPoint("slow-best", 20, 0.9);
        TradeoffPoint slowWorse = new TradeoffPoint("slow-worse", 30, 0.5);
        assertThat(ParetoFrontier.compute(List.of(fast, slowBest, slowWorse), false))
                .containsExactly(slowBest, fast);
    }

    @Test
    void equalPointsDoNotDominateEachOther() {
        TradeoffPoint a = new TradeoffPoint("a", 2, 0.5);
        TradeoffPoint b = new TradeoffPoint("b", 2, 0.5);
        assertThat(ParetoFrontier.compute(List.of(a, b), true)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void sameCostHigherQualityDominates() {
        TradeoffPoint a = new TradeoffPoint("a", 2, 0.5);
        TradeoffPoint b = new TradeoffPoint("b", 2, 0.7);
        assertThat(ParetoFrontier.compute(List.of(a, b), true)).containsExactly(b);
        assertThat(ParetoFrontier.dominates(b, a, true)).isTrue();
        assertThat(ParetoFrontier.dominates(a, b, true)).isFalse();
    }

    @Test
    void nonFiniteAndEmptyInputsAreHandled() {
        TradeoffPoint unknownCost = new TradeoffPoint("no price", Double.NaN, 0.99);
        assertThat(ParetoFrontier.compute(List.of(unknownCost, CHEAP_OK), true)).containsExactly(CHEAP_OK);
        assertThat(ParetoFrontier.compute(List.of(), true)).isEmpty();
    }
}
