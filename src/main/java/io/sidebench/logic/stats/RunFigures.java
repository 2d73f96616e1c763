package io.sidebench.logic.stats;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.RubricDimension;
import java.util.List;

/**
 * A run's statistics and human-judgment figures computed exactly as {@code sidebench stats} computes them
 * with its default options (same bootstrap seed, resamples and level), so the GUI's leaderboard, the slides
 * and {@code stats --metric} give the same numbers and ranks for the same metric.
 *
 * @param data the run's dataset the figures come from (completions, prompts, annotations)
 */
public record RunFigures(RunDataset data, StatsReport stats, JudgmentReport judgment) {
    /** The project meta key that remembers the metric the analyst ranks by (shared by Analyse and slides). */
    public static final String METRIC_KEY = "leaderboard.metric";

    public static RunFigures compute(ProjectStore store, long runId) {
        RunDataset data = RunDataset.load(store, runId);
        List<RubricDimension> rubric = store.meta().objectives().rubric();
        return of(data, rubric, Bootstrap.defaults());
    }

    public static RunFigures of(RunDataset data, List<RubricDimension> rubric, Bootstrap bootstrap) {
        StatsService service = new StatsService(bootstrap, new BradleyTerry(BradleyTerry.DEFAULT_PRIOR));
        return new RunFigures(data, service.compute(data, null), JudgmentReport.compute(data, rubric, bootstrap));
    }

    /** Every metric the run offers, in {@link MetricChoice#available} order. */
    public List<String> metrics() {
        return MetricChoice.available(stats, judgment);
    }

    /** {@code wanted} when the run offers it, else the default choice of {@code stats} (may be {@code null}). */
    public String choose(String wanted) {
        List<String> offered = metrics();
        if (wanted != null && offered.contains(wanted)) {
            return wanted;
        }
        if (stats.primaryMetric() != null && offered.contains(stats.primaryMetric())) {
            return stats.primaryMetric();
        }
        return offered.isEmpty() ? null : offered.get(0);
    }

    /** The leaderboard by {@code metric}, by the one ranking rule; empty for {@code null}. */
    public List<Leaderboard.Row> leaderboard(String metric) {
        return metric == null ? List.of() : MetricChoice.leaderboard(metric, stats, judgment);
    }
}
