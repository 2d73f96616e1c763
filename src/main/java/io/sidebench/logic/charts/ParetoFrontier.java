package io.sidebench.logic.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The models no other model beats on both axes of a trade-off chart: a point is on the frontier when
 * no other point is at least as good on x and on y and strictly better on one of them.
 */
public final class ParetoFrontier {
    private ParetoFrontier() {
    }

    /**
     * @param lowerXIsBetter true when x is a cost or a latency, false when x is a rate such as tokens/s
     * @return the frontier points, sorted by x ascending (ties by y descending); points with a
     *         non-finite coordinate are ignored
     */
    public static List<TradeoffPoint> compute(List<TradeoffPoint> points, boolean lowerXIsBetter) {
        List<TradeoffPoint> finite = points.stream()
                .filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()))
                .toList();
        List<TradeoffPoint> frontier = new ArrayList<>();
        for (TradeoffPoint p : finite) {
            boolean dominated = false;
            for (TradeoffPoint q : finite) {
                if (q != p && dominates(q, p, lowerXIsBetter)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                frontier.add(p);
            }
        }
        frontier.sort(Comparator.comparingDouble(TradeoffPoint::x)
                .thenComparing(Comparator.comparingDouble(TradeoffPoint::y).reversed()));
        return List.copyOf(frontier);
    }

    /** True when {@code a} is at least as good as {@code b} on both axes and better on one. */
    static boolean dominates(TradeoffPoint a, TradeoffPoint b, boolean lowerXIsBetter) {
        int xCompare = lowerXIsBetter ? Double.compare(b.x(), a.x()) : Double.compare(a.x(), b.x());
        int yCompare = Double.compare(a.y(), b.y());
        return xCompare >= 0 && yCompare >= 0 && (xCompare > 0 || yCompare > 0);
    }
}
