package io.sidebench.logic.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The analyst's choice of what the leaderboard ranks by: any automatic score or speed metric (including
 * judge scores), any rubric dimension ({@code human:NAME}), the weighted overall human score
 * ({@code human:overall}), or Bradley–Terry ratings from votes ({@code bt:human}, {@code bt:judge}).
 * Ranking itself is {@link Leaderboard}'s one rule.
 */
public final class MetricChoice {
    public static final String BT_HUMAN = "bt:human";
    public static final String BT_JUDGE = "bt:judge";

    private MetricChoice() {
    }

    /** Every metric id the run offers, automatic first, then human dimensions, then Bradley–Terry. */
    public static List<String> available(StatsReport stats, JudgmentReport judgment) {
        List<String> out = new ArrayList<>(stats.summaries().stream().map(MetricSummaries.Group::metric).distinct()
                .toList());
        judgment.ratings().metricIds().stream()
                .filter(id -> judgment.ratings().groups(id).stream().anyMatch(g -> g.summary().n() > 0))
                .forEach(out::add);
        if (!stats.humanVotes().ratings().isEmpty()) {
            out.add(BT_HUMAN);
        }
        if (!stats.judgeVotes().ratings().isEmpty()) {
            out.add(BT_JUDGE);
        }
        return out;
    }

    /** True for the ids only this class knows (StatsService ranks the others itself). */
    public static boolean isJudgmentMetric(String metric) {
        return metric != null && (metric.startsWith(HumanRatings.PREFIX) || metric.equals(BT_HUMAN)
                || metric.equals(BT_JUDGE));
    }

    /** The summaries (overall and per category) of one metric id. */
    public static List<MetricSummaries.Group> groups(String metric, StatsReport stats, JudgmentReport judgment) {
        if (metric.startsWith(HumanRatings.PREFIX)) {
            return judgment.ratings().groups(metric);
        }
        if (metric.equals(BT_HUMAN) || metric.equals(BT_JUDGE)) {
            StatsReport.VoteStats votes = metric.equals(BT_HUMAN) ? stats.humanVotes() : stats.judgeVotes();
            return votes.ratings().stream().map(r -> new MetricSummaries.Group(metric, "Elo", r.modelId(), r.model(),
                    null, r.rating() == null ? Summary.empty(stats.level())
                    : new Summary(r.comparisons(), r.rating(), null, r.ciLow(), r.ciHigh(), stats.level()))).toList();
        }
        return stats.summaries().stream().filter(g -> g.metric().equals(metric)).toList();
    }

    /** The leaderboard by one metric id, by {@link Leaderboard}'s ranking rule. */
    public static List<Leaderboard.Row> leaderboard(String metric, StatsReport stats, JudgmentReport judgment) {
        List<String> offered = available(stats, judgment);
        if (!offered.contains(metric)) {
            throw new IllegalArgumentException("the run has no values for '" + metric + "'; it has: "
                    + (offered.isEmpty() ? "none" : String.join(", ", offered)));
        }
        return Leaderboard.by(metric, higherIsBetter(metric)).build(groups(metric, stats, judgment));
    }

    public static boolean higherIsBetter(String metric) {
        return isJudgmentMetric(metric) || StatsService.higherIsBetter(metric);
    }

    /** The stats report re-ranked by a judgment metric (paired tests are for automatic metrics only). */
    public static StatsReport rankedBy(String metric, StatsReport stats, JudgmentReport judgment) {
        return new StatsReport(stats.runId(), stats.runName(), stats.completions(), stats.failedCompletions(), metric,
                higherIsBetter(metric), stats.resamples(), stats.level(), stats.seed(),
                leaderboard(metric, stats, judgment), stats.summaries(), stats.humanVotes(), stats.judgeVotes(),
                List.of(), stats.agreement());
    }
}
