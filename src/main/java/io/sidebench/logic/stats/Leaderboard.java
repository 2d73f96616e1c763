package io.sidebench.logic.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks models by one metric's mean with its confidence interval. {@code position} is the plain order
 * by mean; {@code rank} follows {@link Ranking} (1 + the number of models whose interval lies entirely on
 * the better side), so models whose intervals overlap share a rank.
 */
public final class Leaderboard {
    private final String metric;
    private final boolean higherIsBetter;

    private Leaderboard(String metric, boolean higherIsBetter) {
        this.metric = metric;
        this.higherIsBetter = higherIsBetter;
    }

    public static Leaderboard by(String metric, boolean higherIsBetter) {
        return new Leaderboard(metric, higherIsBetter);
    }

    /**
     * @param others  mean of every other metric for this model (overall), for display
     */
    public record Row(int position, int rank, long modelId, String model, String metric, Summary summary,
                      Map<String, Double> others) {
    }

    /** Builds the rows from overall summaries (category {@code null}); models without values come last. */
    public List<Row> build(List<MetricSummaries.Group> groups) {
        Map<Long, MetricSummaries.Group> primary = new LinkedHashMap<>();
        Map<Long, Map<String, Double>> others = new LinkedHashMap<>();
        for (MetricSummaries.Group g : groups) {
            if (g.category() != null) {
                continue;
            }
            if (g.metric().equals(metric)) {
                primary.put(g.modelId(), g);
            } else if (g.summary().mean() != null) {
                others.computeIfAbsent(g.modelId(), k -> new LinkedHashMap<>()).put(g.metric(), g.summary().mean());
            }
        }
        List<MetricSummaries.Group> sorted = new ArrayList<>(primary.values());
        Comparator<MetricSummaries.Group> byMean = Comparator.comparing(
                g -> g.summary().mean() == null ? null : (higherIsBetter ? -g.summary().mean() : g.summary().mean()),
                Comparator.nullsLast(Comparator.naturalOrder()));
        sorted.sort(byMean);
        int[] ranks = Ranking.ranks(sorted.stream().map(g -> new Ranking.Band(g.summary().mean(),
                g.summary().ciLow(), g.summary().ciHigh())).toList(), higherIsBetter);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            MetricSummaries.Group g = sorted.get(i);
            rows.add(new Row(i + 1, ranks[i], g.modelId(), g.model(), metric, g.summary(),
                    Map.copyOf(others.getOrDefault(g.modelId(), Map.of()))));
        }
        return rows;
    }

}
